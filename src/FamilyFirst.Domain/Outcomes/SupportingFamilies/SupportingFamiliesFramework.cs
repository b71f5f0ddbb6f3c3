using System.Text.Json;
using System.Text.Json.Serialization;

namespace FamilyFirst.Domain.Outcomes.SupportingFamilies;

/// <summary>A need the council recognises under a headline outcome: its code, what it is, and whether it counts towards a claim.</summary>
public sealed record NeedDefinition(HeadlineOutcome Headline, string Code, string Name, bool Counts, string SuccessMeasure);

/// <summary>A kind of evidence (school records, police data, …) and whether it counts for a need or an outcome.</summary>
public sealed record EvidenceSourceDefinition(string Code, string Name, bool Counts);

/// <summary>
/// The council's configuration of the Supporting Families framework: which needs exist under each headline outcome,
/// which count towards a claim, which evidence sources count, how many headlines a family needs and how long an
/// outcome must be sustained. It is data (the JSON file shipped with the service holds the national framework's
/// defaults; a council edits its own copy), never code.
/// </summary>
public sealed class SupportingFamiliesFramework
{
    /// <summary>The name of the embedded file with the national defaults.</summary>
    public const string DefaultsResource = "FamilyFirst.Domain.Outcomes.SupportingFamilies.supporting-families-2022.json";

    private static readonly JsonSerializerOptions ReadOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static readonly Lazy<SupportingFamiliesFramework> Defaults = new(() =>
    {
        using var stream = typeof(SupportingFamiliesFramework).Assembly.GetManifestResourceStream(DefaultsResource)
            ?? throw new InvalidOperationException($"The embedded file {DefaultsResource} is missing.");
        using var reader = new StreamReader(stream);
        var parsed = Parse(reader.ReadToEnd());
        return parsed.Value ?? throw new InvalidOperationException("The national defaults are not valid: " + parsed.Error);
    });

    private SupportingFamiliesFramework(string version, int minimumHeadlines, int sustainedMonths, IReadOnlyList<NeedDefinition> needs, IReadOnlyList<EvidenceSourceDefinition> evidenceSources)
    {
        Version = version;
        MinimumHeadlines = minimumHeadlines;
        SustainedMonths = sustainedMonths;
        Needs = needs;
        EvidenceSources = evidenceSources;
    }

    /// <summary>The national framework's defaults, as shipped.</summary>
    public static SupportingFamiliesFramework National => Defaults.Value;

    /// <summary>The configuration's own version label, shown with every result's working.</summary>
    public string Version { get; }

    /// <summary>Distinct headline outcomes a family's needs must fall under (3).</summary>
    public int MinimumHeadlines { get; }

    /// <summary>Calendar months after closure an outcome must hold, and after which a claim can be made (6).</summary>
    public int SustainedMonths { get; }

    public IReadOnlyList<NeedDefinition> Needs { get; }

    public IReadOnlyList<EvidenceSourceDefinition> EvidenceSources { get; }

    public NeedDefinition? Need(HeadlineOutcome headline, string? code) =>
        Needs.FirstOrDefault(n => n.Headline == headline && string.Equals(n.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    public EvidenceSourceDefinition? EvidenceSource(string? code) =>
        EvidenceSources.FirstOrDefault(e => string.Equals(e.Code, code?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>Reads a configuration file, or says plainly what is wrong with it.</summary>
    public static Result<SupportingFamiliesFramework> Parse(string json)
    {
        FileShape? file;
        try
        {
            file = JsonSerializer.Deserialize<FileShape>(json, ReadOptions);
        }
        catch (JsonException e)
        {
            return Result<SupportingFamiliesFramework>.Fail($"The configuration is not valid JSON: {e.Message}");
        }

        if (file is null)
        {
            return Result<SupportingFamiliesFramework>.Fail("The configuration is empty");
        }

        if (file.MinimumHeadlines is < 1 or > 10)
        {
            return Result<SupportingFamiliesFramework>.Fail("minimumHeadlines must be from 1 to 10");
        }

        if (file.SustainedMonths is < 0 or > 60)
        {
            return Result<SupportingFamiliesFramework>.Fail("sustainedMonths must be from 0 to 60");
        }

        var evidence = new List<EvidenceSourceDefinition>();
        foreach (var source in file.EvidenceSources ?? [])
        {
            if (string.IsNullOrWhiteSpace(source.Code) || string.IsNullOrWhiteSpace(source.Name))
            {
                return Result<SupportingFamiliesFramework>.Fail("Every evidence source needs a code and a name");
            }

            if (evidence.Any(e => string.Equals(e.Code, source.Code.Trim(), StringComparison.OrdinalIgnoreCase)))
            {
                return Result<SupportingFamiliesFramework>.Fail($"Evidence source {source.Code} is listed twice");
            }

            evidence.Add(new EvidenceSourceDefinition(source.Code.Trim(), source.Name.Trim(), source.Counts ?? true));
        }

        var needs = new List<NeedDefinition>();
        foreach (var headlineShape in file.Headlines ?? [])
        {
            if (HeadlineOutcomes.FromCode(headlineShape.Code) is not { } headline)
            {
                return Result<SupportingFamiliesFramework>.Fail($"{headlineShape.Code} is not a headline outcome code");
            }

            foreach (var need in headlineShape.Needs ?? [])
            {
                if (string.IsNullOrWhiteSpace(need.Code) || string.IsNullOrWhiteSpace(need.Name))
                {
                    return Result<SupportingFamiliesFramework>.Fail($"Every need under {headlineShape.Code} needs a code and a name");
                }

                if (needs.Any(n => n.Headline == headline && string.Equals(n.Code, need.Code.Trim(), StringComparison.OrdinalIgnoreCase)))
                {
                    return Result<SupportingFamiliesFramework>.Fail($"Need {need.Code} is listed twice under {headlineShape.Code}");
                }

                needs.Add(new NeedDefinition(headline, need.Code.Trim(), need.Name.Trim(), need.Counts ?? true, need.SuccessMeasure?.Trim() ?? string.Empty));
            }
        }

        return Result<SupportingFamiliesFramework>.Ok(new SupportingFamiliesFramework(
            string.IsNullOrWhiteSpace(file.Version) ? "unversioned" : file.Version.Trim(), file.MinimumHeadlines ?? 3, file.SustainedMonths ?? 6, needs, evidence));
    }

    private sealed class FileShape
    {
        public string? Version { get; set; }

        public int? MinimumHeadlines { get; set; }

        public int? SustainedMonths { get; set; }

        public List<HeadlineShape>? Headlines { get; set; }

        public List<EvidenceShape>? EvidenceSources { get; set; }
    }

    private sealed class HeadlineShape
    {
        public string? Code { get; set; }

        public List<NeedShape>? Needs { get; set; }
    }

    private sealed class NeedShape
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public bool? Counts { get; set; }

        [JsonPropertyName("successMeasure")]
        public string? SuccessMeasure { get; set; }
    }

    private sealed class EvidenceShape
    {
        public string? Code { get; set; }

        public string? Name { get; set; }

        public bool? Counts { get; set; }
    }
}
