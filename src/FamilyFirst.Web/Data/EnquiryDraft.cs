using System.Text.Json;
using System.Text.Json.Serialization;
using FamilyFirst.Domain.Enquiries;

namespace FamilyFirst.Web.Data;

/// <summary>
/// The answers of an enquiry still being filled in, kept in the database (so any app node can serve the
/// next page, with or without JavaScript) under a random key held in the person's cookie. The key is also
/// the enquiry's submission key: sending the same draft twice makes one enquiry.
/// </summary>
public sealed class EnquiryDraft
{
    private static readonly JsonSerializerOptions Json = new() { Converters = { new JsonStringEnumConverter() } };

    public Guid Id { get; set; }

    /// <summary>The answers so far, as JSON. Emptied once the enquiry is sent.</summary>
    public string AnswersJson { get; set; } = "{}";

    public DateTime CreatedAtUtc { get; set; }

    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>The enquiry this draft became, once sent.</summary>
    public Guid? SubmittedEnquiryId { get; set; }

    public bool IsSubmitted => SubmittedEnquiryId is not null;

    public EnquiryAnswers ReadAnswers() => JsonSerializer.Deserialize<EnquiryAnswers>(AnswersJson, Json) ?? new EnquiryAnswers();

    public void WriteAnswers(EnquiryAnswers answers, DateTime nowUtc)
    {
        AnswersJson = JsonSerializer.Serialize(answers, Json);
        UpdatedAtUtc = nowUtc;
    }

    /// <summary>Keeps only the link to the enquiry: the answers now live there.</summary>
    public void MarkSubmitted(Guid enquiryId, DateTime nowUtc)
    {
        SubmittedEnquiryId = enquiryId;
        AnswersJson = "{}";
        UpdatedAtUtc = nowUtc;
    }
}
