using FamilyFirst.Domain.Audit;
using FamilyFirst.Domain.Conferences;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Families;
using FamilyFirst.Domain.FamilyView;
using FamilyFirst.Domain.Meetings;
using FamilyFirst.Domain.Plans;
using FamilyFirst.Domain.Safety;
using FamilyFirst.Web.Infrastructure.Audit;
using FamilyFirst.Web.Infrastructure.Auth;
using FamilyFirst.Web.Data.Imports;
using FamilyFirst.Web.Infrastructure.Jobs;
using FamilyFirst.Web.Infrastructure.Notifications;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FamilyFirst.Web.Data;

/// <summary>
/// The one database of Family First. Provider-neutral: <see cref="SqliteAppDbContext"/> and
/// <see cref="PostgresAppDbContext"/> exist only so each provider keeps its own migrations.
/// </summary>
public abstract class AppDbContext(DbContextOptions options) : IdentityDbContext<ApplicationUser>(options), IDataProtectionKeyContext
{
    public DbSet<Team> Teams => Set<Team>();

    public DbSet<TeamMembership> TeamMemberships => Set<TeamMembership>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<OutboxAttempt> OutboxAttempts => Set<OutboxAttempt>();

    public DbSet<ScheduledJobRun> ScheduledJobRuns => Set<ScheduledJobRun>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Enquiry> Enquiries => Set<Enquiry>();

    public DbSet<EnquiryDraft> EnquiryDrafts => Set<EnquiryDraft>();

    public DbSet<EnquiryClosureReason> EnquiryClosureReasons => Set<EnquiryClosureReason>();

    public DbSet<EnquiryArea> EnquiryAreas => Set<EnquiryArea>();

    public DbSet<FamilyCase> FamilyCases => Set<FamilyCase>();

    public DbSet<Person> People => Set<Person>();

    public DbSet<Household> Households => Set<Household>();

    public DbSet<Relationship> Relationships => Set<Relationship>();

    public DbSet<NetworkMember> NetworkMembers => Set<NetworkMember>();

    public DbSet<Domain.Families.Consent> Consents => Set<Domain.Families.Consent>();

    public DbSet<CaseNote> CaseNotes => Set<CaseNote>();

    public DbSet<ChronologyEntry> ChronologyEntries => Set<ChronologyEntry>();

    public DbSet<PersonMergeRecord> PersonMerges => Set<PersonMergeRecord>();

    public DbSet<PossibleMatchCheck> PossibleMatchChecks => Set<PossibleMatchCheck>();

    public DbSet<SafetyAssessment> SafetyAssessments => Set<SafetyAssessment>();

    public DbSet<ScalingRating> ScalingRatings => Set<ScalingRating>();

    public DbSet<BottomLine> BottomLines => Set<BottomLine>();

    public DbSet<CaseClosureRequest> CaseClosureRequests => Set<CaseClosureRequest>();

    public DbSet<ContactOverrideRequest> ContactOverrideRequests => Set<ContactOverrideRequest>();

    public DbSet<FamilyPlan> FamilyPlans => Set<FamilyPlan>();

    public DbSet<PlanFormDraft> PlanFormDrafts => Set<PlanFormDraft>();

    public DbSet<FamilyMemberAccess> FamilyMemberAccesses => Set<FamilyMemberAccess>();

    public DbSet<FamilyPlanComment> FamilyPlanComments => Set<FamilyPlanComment>();

    public DbSet<Meeting> Meetings => Set<Meeting>();

    public DbSet<FeedbackResponse> FeedbackResponses => Set<FeedbackResponse>();

    public DbSet<FeedbackLink> FeedbackLinks => Set<FeedbackLink>();

    public DbSet<FamilyGroupConference> FamilyGroupConferences => Set<FamilyGroupConference>();

    public DbSet<PresentedPlan> PresentedPlans => Set<PresentedPlan>();

    public DbSet<PreProceedingsOffer> PreProceedingsOffers => Set<PreProceedingsOffer>();

    public DbSet<CareApplication> CareApplications => Set<CareApplication>();

    /// <summary>
    /// Domain times (<see cref="DateTimeOffset"/>, always UTC from <see cref="TimeProvider"/>) are stored as UTC
    /// <see cref="DateTime"/>: SQLite can then sort and compare them, and PostgreSQL keeps timestamptz.
    /// </summary>
    private static readonly ValueConverter<DateTimeOffset, DateTime> UtcTime =
        new(v => v.UtcDateTime, v => new DateTimeOffset(DateTime.SpecifyKind(v, DateTimeKind.Utc)));

    public DbSet<AttendanceRecord> AttendanceRecords => Set<AttendanceRecord>();

    public DbSet<ExclusionRecord> ExclusionRecords => Set<ExclusionRecord>();

    public DbSet<OffenceRecord> OffenceRecords => Set<OffenceRecord>();

    public DbSet<AsbIncidentRecord> AsbIncidentRecords => Set<AsbIncidentRecord>();

    public DbSet<BenefitSpellRecord> BenefitSpellRecords => Set<BenefitSpellRecord>();

    public DbSet<EmploymentSpellRecord> EmploymentSpellRecords => Set<EmploymentSpellRecord>();

    public DbSet<WorkProgrammeReferralRecord> WorkProgrammeReferralRecords => Set<WorkProgrammeReferralRecord>();

    public DbSet<ImportRun> ImportRuns => Set<ImportRun>();

    public DbSet<UnmatchedImportRow> UnmatchedImportRows => Set<UnmatchedImportRow>();

    public DbSet<ResultClaim> ResultClaims => Set<ResultClaim>();

    public DbSet<FamilyClaimFramework> FamilyClaimFrameworks => Set<FamilyClaimFramework>();

    public DbSet<Domain.Outcomes.SupportingFamilies.RecordedNeed> RecordedNeeds => Set<Domain.Outcomes.SupportingFamilies.RecordedNeed>();

    public DbSet<Domain.Impact.ImpactSnapshot> ImpactSnapshots => Set<Domain.Impact.ImpactSnapshot>();

    public DbSet<Domain.Impact.ImpactSnapshotJob> ImpactSnapshotJobs => Set<Domain.Impact.ImpactSnapshotJob>();

    public DbSet<Domain.Training.Course> TrainingCourses => Set<Domain.Training.Course>();

    public DbSet<Domain.Training.TrainingSession> TrainingSessions => Set<Domain.Training.TrainingSession>();

    public DbSet<Domain.Training.EvaluationResponse> TrainingEvaluations => Set<Domain.Training.EvaluationResponse>();

    public DbSet<Training.EvaluationInvitation> TrainingEvaluationInvitations => Set<Training.EvaluationInvitation>();

    public DbSet<Domain.Training.ConsultancyPiece> ConsultancyPieces => Set<Domain.Training.ConsultancyPiece>();

    public DbSet<Domain.Training.FollowUpResponse> TrainingFollowUps => Set<Domain.Training.FollowUpResponse>();

    public DbSet<Training.FollowUpInvitation> TrainingFollowUpInvitations => Set<Training.FollowUpInvitation>();

    public DbSet<FormSubmission> FormSubmissions => Set<FormSubmission>();

    /// <summary>
    /// The form this unit of work answers, when its page sent a submission key (set by <c>RepeatSubmissions</c>):
    /// saved with the first save that changes anything besides the audit, in that save's transaction, so the change
    /// and the record that it was made commit together or not at all (ADR 0026).
    /// </summary>
    public FormSubmission? Submission { get; set; }

    /// <summary>
    /// Saves the unit of work. New audit rows are sealed into one of the audit chains inside the same transaction,
    /// under that chain's lock so that concurrent requests (or app nodes) cannot fork it (docs/adr/0030).
    /// </summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        RecordSubmission();
        var added = NewAuditEntries();
        var notes = NewCaseNotesByFamily();
        if (added.Count == 0 && notes.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        if (Database.CurrentTransaction is not null)
        {
            await SealAsync(added, cancellationToken);
            var savedInTransaction = await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
            await CountNotesAsync(notes, cancellationToken);
            return savedInTransaction;
        }

        // Through the execution strategy as a whole, so a transient failure on PostgreSQL runs the transaction
        // again from the start: the lock, the chain's last hash, the save. The changes are accepted only once it
        // has committed, so a retry saves the same changes again.
        var saved = await Database.CreateExecutionStrategy().ExecuteAsync(
            (Context: this, Added: added, Notes: notes),
            static async (_, state, ct) =>
            {
                var database = state.Context.Database;
                await using var transaction = await database.BeginTransactionAsync(ct);
                // No savepoint around the save: EF takes one (two more round trips, SAVEPOINT and RELEASE) when it saves
                // inside a transaction it did not begin, so that a failed save can be undone and the transaction go on.
                // This transaction is this save's alone: a failure ends it, and the execution strategy runs it again
                // from the start (issue 21: two of the audited page view's statements).
                var savepoints = database.AutoSavepointsEnabled;
                database.AutoSavepointsEnabled = false;
                try
                {
                    await state.Context.SealAsync(state.Added, ct);
                    var count = await state.Context.SaveWithoutSealingAsync(ct);
                    await state.Context.CountNotesAsync(state.Notes, ct);
                    await transaction.CommitAsync(ct);
                    return count;
                }
                finally
                {
                    database.AutoSavepointsEnabled = savepoints;
                }
            },
            verifySucceeded: null,
            cancellationToken);
        if (acceptAllChangesOnSuccess)
        {
            ChangeTracker.AcceptAllChanges();
        }

        return saved;
    }

    /// <summary>Adds the form's submission to a save that changes something other than the audit (a view or refusal is not a change).</summary>
    /// <remarks>
    /// Added once per unit of work: work saved in batches that clears the change tracker between them (an import)
    /// would otherwise add the same submission again with its next batch.
    /// </remarks>
    private void RecordSubmission()
    {
        if (Submission is not { } submission || _submissionAdded)
        {
            return;
        }

        ChangeTracker.DetectChanges();
        if (ChangeTracker.Entries().Any(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted && e.Entity is not AuditEntry))
        {
            FormSubmissions.Add(submission);
            _submissionAdded = true;
        }
    }

    private bool _submissionAdded;

    private Task<int> SaveWithoutSealingAsync(CancellationToken cancellationToken) =>
        base.SaveChangesAsync(acceptAllChangesOnSuccess: false, cancellationToken);

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        if (NewAuditEntries().Count > 0)
        {
            throw new InvalidOperationException("Audit rows are sealed into the hash chain by SaveChangesAsync; use it.");
        }

        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    /// <summary>
    /// Takes the lock of one audit chain until the transaction ends, and says which: of <paramref name="chains"/>, the
    /// first one no other transaction holds, or, when every one is held, waits for one (docs/adr/0030).
    /// </summary>
    protected virtual Task<int> LockAuditChainAsync(int chains, CancellationToken cancellationToken) =>
        // SQLite: Microsoft.Data.Sqlite begins transactions IMMEDIATE, which already holds the database's one write
        // lock, so there is never a second writer to spread over: one chain.
        Task.FromResult(0);

    /// <summary>The chain this context's current transaction holds the lock of, so its later saves append to the same chain.</summary>
    private (Guid Transaction, int Chain)? _chainHeld;

    /// <summary>
    /// Runs reads that look rows up by a batch of keys with the planner steered to the indexes, inside the current
    /// transaction. A batch's keys (thousands of people, say) are a few per cent of a table, spread over all its
    /// pages, and PostgreSQL's default costs price a (parallel, JIT-compiled) scan of the whole table below the
    /// index; measured, the index is several times cheaper, and a scan per batch makes a job grow with the square of
    /// its size (bench/README.md, Outcomes). The steer ends with the reads: left on, it would also bear on the
    /// transaction's other statements, where a table that has no index to offer (a staging table) costs every plan
    /// the same penalty and the planner can no longer tell a cheap join from a dear one.
    /// </summary>
    public virtual Task<T> ReadThroughIndexesAsync<T>(Func<Task<T>> reads, CancellationToken cancellationToken)
    {
        // SQLite: the planner already looks keys up through the index.
        ArgumentNullException.ThrowIfNull(reads);
        return reads();
    }

    /// <summary>The case notes about to be added, counted by family.</summary>
    private Dictionary<Guid, int> NewCaseNotesByFamily() =>
        ChangeTracker.Entries<CaseNote>().Where(e => e.State == EntityState.Added)
            .GroupBy(e => e.Entity.FamilyCaseId).ToDictionary(g => g.Key, g => g.Count());

    /// <summary>Adds the new notes to each family's stored count, in the transaction that saves them (one atomic update per family).</summary>
    private async Task CountNotesAsync(Dictionary<Guid, int> notes, CancellationToken cancellationToken)
    {
        foreach (var (family, count) in notes)
        {
            await FamilyCases.Where(f => f.Id == family).ExecuteUpdateAsync(
                s => s.SetProperty(f => EF.Property<int>(f, FamilyCaseConfiguration.NoteCount), f => EF.Property<int>(f, FamilyCaseConfiguration.NoteCount) + count),
                cancellationToken);
        }
    }

    private List<AuditEntry> NewAuditEntries()
    {
        var entries = ChangeTracker.Entries<AuditEntry>().ToList();
        if (entries.Any(e => e.State is EntityState.Modified or EntityState.Deleted))
        {
            throw new InvalidOperationException("Audit rows are append-only: they are never updated or deleted.");
        }

        return entries.Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
    }

    private async Task SealAsync(List<AuditEntry> added, CancellationToken cancellationToken)
    {
        if (added.Count == 0)
        {
            return;
        }

        // The key is not in the database (ADR 0018): someone who can write the database cannot recompute the seals.
        var key = this.GetService<AuditKey>();
        var transaction = Database.CurrentTransaction!.TransactionId;
        if (_chainHeld is not { } held || held.Transaction != transaction)
        {
            held = (transaction, await LockAuditChainAsync(key.Chains, cancellationToken));
            _chainHeld = held;
        }

        var chain = held.Chain;
        // Read after the lock is held (its own statement, so its snapshot sees the last holder's commit).
        var last = await AuditEntries.AsNoTracking()
            .Where(e => e.Chain == chain)
            .OrderByDescending(e => e.Sequence)
            .Select(e => new { e.Sequence, e.Hash })
            .FirstOrDefaultAsync(cancellationToken);
        var sequence = last?.Sequence ?? 0;
        var previousHash = last?.Hash ?? AuditChain.GenesisHash;
        foreach (var entry in added)
        {
            entry.Chain = chain;
            entry.Sequence = ++sequence;
            entry.PreviousHash = previousHash;
            entry.Hash = chain != 0 || entry.Sequence >= key.KeyedFrom ? AuditChain.ComputeMac(key.Key, entry.ToLink()) : AuditChain.ComputeHash(entry.ToLink());
            previousHash = entry.Hash;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly, t => t.Namespace?.StartsWith("FamilyFirst.Web.Data", StringComparison.Ordinal) == true);

        foreach (var entityType in builder.Model.GetEntityTypes().Where(e => e.ClrType.Namespace?.StartsWith("FamilyFirst.Domain", StringComparison.Ordinal) == true || e.ClrType == typeof(PersonMergeRecord) || e.ClrType == typeof(PlanFormDraft)))
        {
            foreach (var property in entityType.GetProperties().Where(p => p.ClrType == typeof(DateTimeOffset) || p.ClrType == typeof(DateTimeOffset?)))
            {
                property.SetValueConverter(UtcTime);
            }
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names, so the data reads plainly and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(64);
    }
}

public sealed class SqliteAppDbContext(DbContextOptions<SqliteAppDbContext> options) : AppDbContext(options);

public sealed class PostgresAppDbContext(DbContextOptions<PostgresAppDbContext> options) : AppDbContext(options)
{
    /// <summary>
    /// Transaction-scoped advisory locks, one per audit chain: the pair (7426001, chain). The first key is arbitrary and
    /// fixed (the single chain's lock of docs/adr/0003 was the one-key 7426001, a separate key space). Tried in chain
    /// order in one statement, which stops at the first it gets; taking none waits for nothing.
    /// </summary>
    private const string TryLockAuditChainSql =
        """SELECT c AS "Value" FROM generate_series(0, {0} - 1) AS c WHERE pg_try_advisory_xact_lock(7426001, c) LIMIT 1""";

    private const string LockAuditChainSql = "SELECT pg_advisory_xact_lock(7426001, {0})";

    private static int _nextBlockingChain;

    protected override async Task<int> LockAuditChainAsync(int chains, CancellationToken cancellationToken)
    {
        // The lowest free chain: without contention every row goes to chain 0, in order; chains are taken only as
        // far as requests overlap.
        var free = await Database.SqlQueryRaw<int>(TryLockAuditChainSql, chains).ToListAsync(cancellationToken);
        if (free.Count > 0)
        {
            return free[0];
        }

        // Every chain is held: wait for one, spreading the waiters over them.
        var chain = (int)((uint)Interlocked.Increment(ref _nextBlockingChain) % (uint)chains);
        await Database.ExecuteSqlRawAsync(LockAuditChainSql, [chain], cancellationToken);
        return chain;
    }

    public override async Task<T> ReadThroughIndexesAsync<T>(Func<Task<T>> reads, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(reads);
        if (Database.CurrentTransaction is null)
        {
            throw new InvalidOperationException("SET LOCAL lasts for a transaction; begin one first.");
        }

        await Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan = off; SET LOCAL jit = off", cancellationToken);
        var result = await reads();
        await Database.ExecuteSqlRawAsync("SET LOCAL enable_seqscan TO DEFAULT; SET LOCAL jit TO DEFAULT", cancellationToken);
        return result;
    }
}
