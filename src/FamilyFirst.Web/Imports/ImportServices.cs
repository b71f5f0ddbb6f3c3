using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Domain.Imports;

namespace FamilyFirst.Web.Imports;

public static class ImportServices
{
    /// <summary>The importer, one applier per kind of partner file, and the store uploads wait in.</summary>
    public static IServiceCollection AddPartnerDataImports(this IServiceCollection services)
    {
        services.AddOptions<UploadStoreOptions>()
            .BindConfiguration(UploadStoreOptions.Section)
            .PostConfigure<IHostEnvironment, IConfiguration>((o, environment, configuration) =>
                o.Folder = Path.GetFullPath(
                    string.IsNullOrWhiteSpace(o.Folder) ? Path.Combine(configuration["DataFolder"] ?? "App_Data", "uploads") : o.Folder,
                    environment.ContentRootPath));
        services.AddSingleton<IUploadStore, FileUploadStore>();
        services.AddSingleton<UploadSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<UploadSweeper>());
        services.AddSingleton<ImportMetrics>();
        services.AddScoped<PartnerDataImporter>();
        services.AddScoped<UnmatchedRowResolver>();
        services.AddScoped<IPersonDirectory, RecordsPersonDirectory>();
        services.AddScoped<IImportApplier, FamiliesApplier>();
        services.AddScoped<IImportApplier, PeopleApplier>();
        services.AddScoped<IImportApplier, NeedsApplier>();
        services.AddScoped<IImportApplier, OutcomesApplier>();
        services.AddScoped<IImportApplier>(s => new PartnerRecordApplier<AttendanceRow, AttendanceRecord>(ImportKind.Attendance, db => db.AttendanceRecords, s.GetRequiredService<IPersonDirectory>()));
        services.AddScoped<IImportApplier>(s => new PartnerRecordApplier<ExclusionRow, ExclusionRecord>(ImportKind.Exclusions, db => db.ExclusionRecords, s.GetRequiredService<IPersonDirectory>()));
        services.AddScoped<IImportApplier>(s => new PartnerRecordApplier<OffenceRow, OffenceRecord>(ImportKind.Offences, db => db.OffenceRecords, s.GetRequiredService<IPersonDirectory>()));
        services.AddScoped<IImportApplier>(s => new PartnerRecordApplier<AsbIncidentRow, AsbIncidentRecord>(ImportKind.Asb, db => db.AsbIncidentRecords, s.GetRequiredService<IPersonDirectory>()));
        services.AddScoped<IImportApplier>(s => new PartnerRecordApplier<BenefitRow, BenefitSpellRecord>(ImportKind.Benefits, db => db.BenefitSpellRecords, s.GetRequiredService<IPersonDirectory>()));
        services.AddScoped<IImportApplier>(s => new PartnerRecordApplier<EmploymentRow, EmploymentSpellRecord>(ImportKind.Employment, db => db.EmploymentSpellRecords, s.GetRequiredService<IPersonDirectory>()));
        services.AddScoped<IImportApplier>(s => new PartnerRecordApplier<WorkProgrammeReferralRow, WorkProgrammeReferralRecord>(ImportKind.WorkProgramme, db => db.WorkProgrammeReferralRecords, s.GetRequiredService<IPersonDirectory>()));
        return services;
    }
}
