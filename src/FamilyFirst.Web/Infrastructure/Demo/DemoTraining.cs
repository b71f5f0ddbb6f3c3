using FamilyFirst.Domain.Common;
using FamilyFirst.Domain.Enquiries;
using FamilyFirst.Domain.Training;

namespace FamilyFirst.Web.Infrastructure.Demo;

/// <summary>
/// Demo restorative practice training, built through the domain: an introductory course with a session held three
/// weeks ago (register taken, completions recorded, five evaluations so the aggregate shows) and one in a fortnight,
/// full, with a waiting list. Added once: nothing is added if the course is already there.
/// </summary>
public static class DemoTraining
{
    public const string CourseTitle = "Restorative practice: an introduction (demo)";

    public static async Task SeedAsync(AppDbContext db, TimeProvider time)
    {
        if (await db.TrainingCourses.AnyAsync(c => c.Title == CourseTitle))
        {
            return;
        }

        var trainer = await db.Users.Where(u => u.Email == "trainer@demo.familyfirst.test").Select(u => new { u.Id, u.DisplayName }).FirstOrDefaultAsync();
        var northTeam = await db.Teams.Where(t => t.Name == DemoData.NorthTeam).Select(t => t.Id).FirstOrDefaultAsync();
        if (trainer is null || northTeam == Guid.Empty)
        {
            return;
        }

        var course = Check(Course.Create(
            CourseTitle,
            "A day on working with people rather than doing things to them or for them: the social discipline window, the restorative questions and check-in circles.",
            6m,
            ["Explain the social discipline window", "Use the restorative questions in a difficult conversation", "Run a check-in circle"]));
        db.TrainingCourses.Add(course);

        var today = time.Today;
        var by = new TrainerRef(trainer.Id, trainer.DisplayName);

        var heldOn = today.AddDays(-21);
        var held = Check(TrainingSession.Schedule(course, time.ToInstant(heldOn, new TimeOnly(9, 30)), time.ToInstant(heldOn, new TimeOnly(15, 30)), "Northmoor Family Centre, Room 2", null, by, 12, time.ToInstant(heldOn.AddDays(-30), new TimeOnly(9, 0))));
        var booked = time.ToInstant(heldOn.AddDays(-14), new TimeOnly(10, 0));
        var during = time.ToInstant(heldOn, new TimeOnly(10, 0));
        var after = time.ToInstant(heldOn, new TimeOnly(16, 0));
        var people = new (string Name, string Email, ParticipantDetails Details, Attendance Attendance)[]
        {
            ("Amira Khan", "amira.khan@northmoor-academy.example.org", Partner("Amira Khan", "amira.khan@northmoor-academy.example.org", OrganisationType.School, "Northmoor Academy", "Head of year 8"), Attendance.Attended),
            ("Ben Ward", "ben.ward@police.example.org", Partner("Ben Ward", "ben.ward@police.example.org", OrganisationType.Police, "Northmoor Police", "Neighbourhood officer"), Attendance.Attended),
            ("Chloe Evans", "chloe.evans@demo.familyfirst.test", Staff("Chloe Evans", "chloe.evans@demo.familyfirst.test", northTeam, DemoData.NorthTeam, "Family support worker"), Attendance.Attended),
            ("Dev Mistry", "dev.mistry@health.example.org", Partner("Dev Mistry", "dev.mistry@health.example.org", OrganisationType.Health, "Northmoor Health Visiting", "Health visitor"), Attendance.Attended),
            ("Ella Byrne", "ella.byrne@youthtrust.example.org", Partner("Ella Byrne", "ella.byrne@youthtrust.example.org", OrganisationType.VoluntarySector, "Northmoor Youth Trust", "Youth worker"), Attendance.Attended),
            ("Femi Ade", "femi.ade@northmoor-academy.example.org", Partner("Femi Ade", "femi.ade@northmoor-academy.example.org", OrganisationType.School, "Northmoor Academy", "Teaching assistant"), Attendance.LeftEarly),
            ("Grace Lowe", "grace.lowe@demo.familyfirst.test", Staff("Grace Lowe", "grace.lowe@demo.familyfirst.test", northTeam, DemoData.NorthTeam, "Social worker"), Attendance.Absent),
        };
        foreach (var person in people)
        {
            var booking = Check(held.Book(person.Details, null, booked));
            Check(held.RecordAttendance(booking.Id, person.Attendance, during));
            if (person.Attendance == Attendance.Attended)
            {
                Check(held.RecordCompletion(booking.Id, after));
            }
        }

        db.TrainingSessions.Add(held);
        var scores = new[] { (3, 8), (4, 8), (2, 7), (5, 9), (3, 6) };
        foreach (var (before, afterScore) in scores)
        {
            var ratings = course.Outcomes.ToDictionary(o => o.Id, o => ((int?)Math.Max(0, before - o.Position + 1), (int?)afterScore));
            db.TrainingEvaluations.Add(Check(EvaluationResponse.Submit(course, held.Id, ratings, before == 5 ? "The circle practice was the most useful part." : null)));
        }

        var nextOn = today.AddDays(14);
        var next = Check(TrainingSession.Schedule(course, time.ToInstant(nextOn, new TimeOnly(9, 30)), time.ToInstant(nextOn, new TimeOnly(15, 30)), null, "https://teams.example.com/meet/restorative-intro", by, 2, time.Now));
        Check(next.Book(Partner("Hana Patel", "hana.patel@northmoor-academy.example.org", OrganisationType.School, "Northmoor Academy", "Pastoral lead"), null, time.Now));
        Check(next.Book(Staff("Ivan Rossi", "ivan.rossi@demo.familyfirst.test", northTeam, DemoData.NorthTeam, "Family support worker"), null, time.Now));
        Check(next.Book(Partner("Jo Clarke", "jo.clarke@youthtrust.example.org", OrganisationType.VoluntarySector, "Northmoor Youth Trust", "Volunteer coordinator"), null, time.Now));
        db.TrainingSessions.Add(next);
        await db.SaveChangesAsync();
    }

    private static ParticipantDetails Partner(string name, string email, OrganisationType type, string organisation, string role) =>
        new(name, email, null, ParticipantKind.PartnerAgency, null, null, type, organisation, role);

    private static ParticipantDetails Staff(string name, string email, Guid team, string teamName, string role) =>
        new(name, email, null, ParticipantKind.CouncilStaff, team, teamName, null, null, role);

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
