using FamilyFirst.Domain.Training;
using FamilyFirst.Web.Infrastructure.Downloads;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace FamilyFirst.Web.Pages.Training;

/// <summary>What a certificate says: the same as the printable page.</summary>
public sealed record CertificateContent(
    string Council,
    string ServiceName,
    string Participant,
    string RoleAndOrganisation,
    string Course,
    string LengthDateAndTrainer,
    IReadOnlyList<string> Outcomes,
    string CertificateNumber);

/// <summary>
/// The certificate as a one-page A4 PDF, drawn with PDFsharp in the fonts <see cref="CertificateFonts"/> found. Text
/// is written as WinAnsi where every character allows it and as Unicode otherwise, so any name prints.
/// </summary>
public sealed class CertificatePdf(CertificateFonts fonts)
{
    public const string ContentType = "application/pdf";

    private static readonly XColor Brand = XColor.FromArgb(0x1d, 0x70, 0xb8);
    private static readonly XColor Ink = XColor.FromArgb(0x0b, 0x0c, 0x0c);
    private static readonly XColor Secondary = XColor.FromArgb(0x50, 0x5a, 0x5f);

    public bool Available => fonts.Available;

    /// <summary>The PDF's bytes. Only when <see cref="Available"/>.</summary>
    public byte[] Render(CertificateContent content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var family = fonts.Family ?? throw new InvalidOperationException("No font for the certificate PDF was found: it is not offered.");
        using var document = new PdfDocument();
        document.Info.Title = $"Certificate of completion: {content.Participant}, {content.Course}";
        document.Info.Author = content.Council;
        document.Info.Subject = $"Certificate number {content.CertificateNumber}";
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var gfx = XGraphics.FromPdfPage(page))
        {
            Draw(gfx, page.Width.Point, page.Height.Point, family, content);
        }

        using var stream = new MemoryStream();
        document.Save(stream, false);
        return stream.ToArray();
    }

    private static void Draw(XGraphics gfx, double width, double height, string family, CertificateContent c)
    {
        var options = new XPdfFontOptions(PdfFontEncoding.Automatic);
        XFont Font(double size, bool bold = false) => new(family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, options);
        var ink = new XSolidBrush(Ink);
        var grey = new XSolidBrush(Secondary);
        const double margin = 56;
        var textWidth = width - (2 * margin);
        var formatter = new XTextFormatter(gfx) { Alignment = XParagraphAlignment.Center };

        gfx.DrawRectangle(new XSolidBrush(Brand), 0, 0, width, 14);
        gfx.DrawRectangle(new XPen(Brand, 2), 28, 40, width - 56, height - 80);

        var y = 80.0;
        // A line that fits is drawn whole, centred; a longer one is wrapped, centred, word by word.
        void Line(string text, XFont font, XBrush brush, double lineHeight, double after = 0)
        {
            var width = gfx.MeasureString(text, font).Width;
            var lines = Math.Max(1, (int)Math.Ceiling(width / textWidth));
            if (lines == 1)
            {
                gfx.DrawString(text, font, brush, new XRect(margin, y, textWidth, lineHeight), XStringFormats.TopCenter);
            }
            else
            {
                formatter.DrawString(text, font, brush, new XRect(margin, y, textWidth, lines * lineHeight), XStringFormats.TopLeft);
            }

            y += (lines * lineHeight) + after;
        }

        Line(c.Council, Font(16, bold: true), new XSolidBrush(Brand), 22, 36);
        Line("Certificate of completion", Font(32, bold: true), ink, 40, 30);
        Line("This is to certify that", Font(16), grey, 22, 14);
        Line(c.Participant, Font(26, bold: true), ink, 34, 8);
        Line(c.RoleAndOrganisation, Font(14), grey, 20, 20);
        Line("completed", Font(16), grey, 22, 14);
        Line(c.Course, Font(20, bold: true), ink, 28, 8);
        Line(c.LengthDateAndTrainer, Font(13), ink, 18, 34);

        Line("Learning outcomes", Font(14, bold: true), ink, 20, 8);
        formatter.Alignment = XParagraphAlignment.Left;
        var outcomes = Font(12);
        foreach (var outcome in c.Outcomes)
        {
            var lines = Math.Max(1, (int)Math.Ceiling(gfx.MeasureString(outcome, outcomes).Width / (textWidth - 40)));
            gfx.DrawString("•", outcomes, ink, new XPoint(margin + 20, y + 12));
            formatter.DrawString(outcome, outcomes, ink, new XRect(margin + 36, y, textWidth - 40, lines * 17), XStringFormats.TopLeft);
            y += (lines * 17) + 6;
        }

        formatter.Alignment = XParagraphAlignment.Center;
        y = height - 90;
        Line($"Certificate number {c.CertificateNumber} · {c.ServiceName}, restorative practice training", Font(10), grey, 14);
    }
}
