using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;

namespace FamilyFirst.Web.Infrastructure.Demo;

/// <summary>
/// Demo restorative practice consultancy, built through the domain: a school's piece of work in progress (aims agreed,
/// one session held) and a council team's, closed with its outcome. Added once: nothing is added if the school's is there.
/// </summary>
public static class DemoConsultancy
{
    public const string OpenOrganisation = "Northmoor Academy";

    public static async Task SeedAsync(AppDbContext db, TimeProvider time)
    {
        if (await db.ConsultancyPieces.AnyAsync(p => p.OrganisationName == OpenOrganisation))
        {
            return;
        }

        var trainer = await db.Users.Where(u => u.Email == "trainer@demo.familyfirst.test").Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync();
        var southTeam = await db.Teams.Where(t => t.Name == DemoData.SouthTeam).Select(t => t.Id).FirstOrDefaultAsync();
        if (trainer is null || southTeam == Guid.Empty)
        {
            return;
        }

        var today = time.Today;
        var lead = new TrainerRef(trainer.Id, trainer.DisplayName);

        var school = Check(ConsultancyPiece.Create(
            new(ParticipantKind.PartnerAgency, null, null, OrganisationType.School, OpenOrganisation, "Priya Shah", "priya.shah@northmoor-academy.example.org",
                "Help our pastoral team move from sanctions to restorative conversations after incidents at lunchtime."),
            ["Pastoral staff use the restorative questions after incidents", "Check-in circles in every year 7 tutor group"],
            lead,
            today.AddDays(-30)));
        Check(school.RecordSession(today.AddDays(-10), 2m, 7, "Head of pastoral care and 6 pastoral staff", "Mapped where lunchtime conflict happens; practised the restorative questions.", today));
        db.ConsultancyPieces.Add(school);

        var team = Check(ConsultancyPiece.Create(
            new(ParticipantKind.CouncilStaff, southTeam, DemoData.SouthTeam, null, null, "Sam Okoye", "sam.okoye@demo.familyfirst.test",
                "Restorative supervision for the team's senior practitioners."),
            ["Senior practitioners run restorative group supervision monthly"],
            lead,
            today.AddDays(-120)));
        Check(team.RecordSession(today.AddDays(-100), 3m, 5, "Team manager and 4 senior practitioners", null, today));
        Check(team.RecordSession(today.AddDays(-70), 3m, 5, "Team manager and 4 senior practitioners", "Observed a group supervision and gave feedback.", today));
        Check(team.Close(
            "Group supervision now runs monthly, led in turn by the senior practitioners.",
            new Dictionary<Guid, AimResult?> { [team.Aims[0].Id] = AimResult.Met },
            today.AddDays(-60)));
        db.ConsultancyPieces.Add(team);
        await db.SaveChangesAsync();
    }

    private static T Check<T>(Result<T> result) =>
        result.Succeeded ? result.Value! : throw new InvalidOperationException($"Demo data: {result.Error}");

    private static void Check(Result result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Demo data: {result.Error}");
        }
    }
}
