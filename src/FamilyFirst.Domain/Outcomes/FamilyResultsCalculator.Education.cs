namespace FamilyFirst.Domain.Outcomes;

public static partial class FamilyResultsCalculator
{
    // Sorting on every field makes the choice between terms with the same end date independent of row order.
    private static readonly Comparison<TermAttendance> ByChildThenTermEnd = static (x, y) =>
    {
        var order = x.PersonId.CompareTo(y.PersonId);
        if (order == 0) order = x.TermEnd.CompareTo(y.TermEnd);
        if (order == 0) order = x.TermStart.CompareTo(y.TermStart);
        if (order == 0) order = x.PossibleSessions.CompareTo(y.PossibleSessions);
        if (order == 0) order = x.AuthorisedAbsenceSessions.CompareTo(y.AuthorisedAbsenceSessions);
        if (order == 0) order = x.UnauthorisedAbsenceSessions.CompareTo(y.UnauthorisedAbsenceSessions);
        return order;
    };

    private static readonly Comparison<SchoolExclusion> ByChildThenDate = static (x, y) =>
    {
        var order = x.PersonId.CompareTo(y.PersonId);
        if (order == 0) order = x.ExclusionDate.CompareTo(y.ExclusionDate);
        if (order == 0) order = x.Type.CompareTo(y.Type);
        return order;
    };

    private static EducationResult Education(FamilyOutcomeData data, DateOnly asAt, OutcomeRules rules)
    {
        var terms = CountedTermsByChild(data.AttendanceTerms);
        var exclusions = ToSortedArray(data.Exclusions, ByChildThenDate);

        var children = new List<ChildEducationResult>();
        int t = 0, x = 0;
        while (t < terms.Length || x < exclusions.Length)
        {
            // Walk both sorted arrays one child at a time.
            var child = t < terms.Length && (x >= exclusions.Length || terms[t].PersonId.CompareTo(exclusions[x].PersonId) <= 0)
                ? terms[t].PersonId
                : exclusions[x].PersonId;
            var termsFrom = t;
            while (t < terms.Length && terms[t].PersonId == child) t++;
            var exclusionsFrom = x;
            while (x < exclusions.Length && exclusions[x].PersonId == child) x++;

            children.Add(Child(
                child,
                new ReadOnlySpan<TermAttendance>(terms, termsFrom, t - termsFrom),
                new ReadOnlySpan<SchoolExclusion>(exclusions, exclusionsFrom, x - exclusionsFrom),
                data.AttachedOn,
                asAt,
                rules));
        }

        if (children.Count > 1)
        {
            children.Sort((a, b) =>
            {
                var order = DateOfBirth(data.People, a.PersonId).CompareTo(DateOfBirth(data.People, b.PersonId));
                return order != 0 ? order : a.PersonId.CompareTo(b.PersonId);
            });
        }

        int withProblem = 0, assessed = 0, paymentMet = 0, improved = 0;
        foreach (var child in children)
        {
            if (!child.ProblemAtBaseline) continue;
            withProblem++;
            if (!child.Assessable) continue;
            assessed++;
            if (child.ResultsPaymentMet) paymentMet++;
            if (child.AttendanceImproved) improved++;
        }

        var applies = withProblem > 0;
        var assessable = applies && assessed == withProblem;
        var met = assessable && paymentMet == withProblem;

        string reason;
        if (!applies)
        {
            reason = children.Count == 0
                ? "Does not apply: no child has school records."
                : "Does not apply: no child had an education problem at baseline.";
        }
        else if (!assessable)
        {
            reason = $"Not assessable yet: {assessed} of {WorkingText.Count(withProblem, "child", "children")} with a problem at baseline {(assessed == 1 ? "has" : "have")} {rules.TermsCompared} outcome terms.";
        }
        else if (met)
        {
            reason = $"Met: {(withProblem == 1 ? "the child" : $"all {withProblem} children")} with a problem at baseline met the education result.";
        }
        else
        {
            reason = $"Not met: {paymentMet} of {WorkingText.Count(withProblem, "child", "children")} with a problem at baseline met the education result.";
        }

        return new EducationResult
        {
            Children = children,
            Applies = applies,
            Assessable = assessable,
            Met = met,
            ChildrenWithProblemAtBaseline = withProblem,
            ChildrenWithProblemAssessed = assessed,
            ChildrenAttendanceImproved = improved,
            Reason = reason,
        };
    }

    private static TermAttendance[] CountedTermsByChild(IReadOnlyList<TermAttendance> rows)
    {
        var counted = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].PossibleSessions > 0) counted++;
        }

        if (counted == 0) return [];

        // Terms with no possible sessions are ignored (section 5.2).
        var terms = new TermAttendance[counted];
        var next = 0;
        for (var i = 0; i < rows.Count; i++)
        {
            if (rows[i].PossibleSessions > 0) terms[next++] = rows[i];
        }

        Array.Sort(terms, ByChildThenTermEnd);
        return terms;
    }

    private static T[] ToSortedArray<T>(IReadOnlyList<T> rows, Comparison<T> order)
    {
        if (rows.Count == 0) return [];
        var array = new T[rows.Count];
        for (var i = 0; i < array.Length; i++) array[i] = rows[i];
        Array.Sort(array, order);
        return array;
    }

    /// <param name="terms">The child's counted terms, by end date.</param>
    /// <param name="exclusions">The child's exclusions, by date.</param>
    private static ChildEducationResult Child(
        Guid personId,
        ReadOnlySpan<TermAttendance> terms,
        ReadOnlySpan<SchoolExclusion> exclusions,
        DateOnly attachedOn,
        DateOnly asAt,
        OutcomeRules rules)
    {
        var wanted = rules.TermsCompared;

        // Terms ending on or before attachment come first in end-date order; the baseline is the last of them.
        var endingByAttachment = 0;
        while (endingByAttachment < terms.Length && terms[endingByAttachment].TermEnd <= attachedOn) endingByAttachment++;
        var baselineFrom = Math.Max(0, endingByAttachment - wanted);
        var baselineTerms = terms[baselineFrom..endingByAttachment].ToArray();

        // Outcome terms are the last ones (by end date) that start on or after attachment and end before T.
        var picked = 0;
        var outcomeBuffer = new TermAttendance[wanted];
        for (var i = terms.Length - 1; i >= 0 && picked < wanted; i--)
        {
            if (terms[i].TermStart >= attachedOn && terms[i].TermEnd < asAt) outcomeBuffer[wanted - 1 - picked++] = terms[i];
        }

        var outcomeTerms = picked == wanted ? outcomeBuffer : outcomeBuffer[(wanted - picked)..];

        var baselineSpan = Span(baselineTerms);
        var outcomeSpan = Span(outcomeTerms);
        var baselineSessions = Sessions(baselineTerms);
        var outcomeSessions = Sessions(outcomeTerms);
        var (baselineFixed, baselinePermanent) = ExclusionsIn(exclusions, baselineSpan);
        var (outcomeFixed, outcomePermanent) = ExclusionsIn(exclusions, outcomeSpan);

        var (problem, problemReason) = ProblemAtBaseline(baselineTerms.Length, baselineSessions, baselineFixed, baselinePermanent, rules);
        var assessable = outcomeTerms.Length == wanted;

        bool paymentMet = false, improved = false;
        string paymentReason, attendanceReason;
        if (!problem)
        {
            paymentReason = attendanceReason = "Not counted: no education problem at baseline.";
        }
        else if (!assessable)
        {
            paymentReason = attendanceReason =
                $"Not assessable yet: {outcomeTerms.Length} of {wanted} outcome terms (starting on or after {WorkingText.Iso(attachedOn)} and ending before {WorkingText.Iso(asAt)}).";
        }
        else
        {
            (paymentMet, paymentReason) = ResultsPayment(outcomeSessions, outcomeFixed, outcomePermanent, rules);
            (improved, attendanceReason) = Headline(
                outcomeSessions, baselineFixed + baselinePermanent, outcomeFixed + outcomePermanent, outcomePermanent, rules);
        }

        return new ChildEducationResult
        {
            PersonId = personId,
            BaselineTerms = baselineTerms,
            BaselineSpan = baselineSpan,
            BaselineSessions = baselineSessions,
            BaselineFixedTermExclusions = baselineFixed,
            BaselinePermanentExclusions = baselinePermanent,
            ProblemAtBaseline = problem,
            ProblemReason = problemReason,
            OutcomeTerms = outcomeTerms,
            OutcomeSpan = outcomeSpan,
            OutcomeSessions = outcomeSessions,
            OutcomeFixedTermExclusions = outcomeFixed,
            OutcomePermanentExclusions = outcomePermanent,
            Assessable = assessable,
            ResultsPaymentMet = paymentMet,
            ResultsPaymentReason = paymentReason,
            AttendanceImproved = improved,
            AttendanceReason = attendanceReason,
        };
    }

    private static (bool Problem, string Reason) ProblemAtBaseline(
        int baselineTermCount, SessionTotals sessions, int fixedTerm, int permanent, OutcomeRules rules)
    {
        if (baselineTermCount == 0)
        {
            return (false, "No baseline: no school term ending on or before attachment.");
        }

        var highAbsence = 100L * sessions.Unauthorised >= (long)rules.UnauthorisedAbsenceProblemPercent * sessions.Possible;
        var manyFixed = fixedTerm >= rules.FixedTermExclusionsProblemCount;
        var absence = $"unauthorised absence {sessions.Unauthorised} of {sessions.Possible} sessions ({WorkingText.PercentText(sessions.Unauthorised, sessions.Possible)})";
        var exclusions = $"{WorkingText.Count(fixedTerm, "fixed-term exclusion", "fixed-term exclusions")} and {WorkingText.Count(permanent, "permanent exclusion", "permanent exclusions")}";
        var terms = WorkingText.Count(baselineTermCount, "baseline term", "baseline terms");

        if (permanent > 0 || manyFixed || highAbsence)
        {
            var causes = new List<string>(3);
            if (permanent > 0) causes.Add("a permanent exclusion");
            if (manyFixed) causes.Add($"{rules.FixedTermExclusionsProblemCount} or more fixed-term exclusions");
            if (highAbsence) causes.Add($"unauthorised absence of {rules.UnauthorisedAbsenceProblemPercent}% or more");
            return (true, $"Problem at baseline ({string.Join(", ", causes)}): {absence}, {exclusions}, over {terms}.");
        }

        return (false, $"No problem at baseline: {absence}, under {rules.UnauthorisedAbsenceProblemPercent}%; {exclusions}; over {terms}.");
    }

    private static (bool Met, string Reason) ResultsPayment(SessionTotals sessions, int fixedTerm, int permanent, OutcomeRules rules)
    {
        var lowAbsence = 100L * sessions.Unauthorised < (long)rules.UnauthorisedAbsenceProblemPercent * sessions.Possible;
        var fewFixed = fixedTerm < rules.FixedTermExclusionsProblemCount;
        var met = permanent == 0 && fewFixed && lowAbsence;
        var working = $"unauthorised absence {sessions.Unauthorised} of {sessions.Possible} sessions ({WorkingText.PercentText(sessions.Unauthorised, sessions.Possible)}; under {rules.UnauthorisedAbsenceProblemPercent}% needed), "
            + $"{WorkingText.Count(fixedTerm, "fixed-term exclusion", "fixed-term exclusions")} (fewer than {rules.FixedTermExclusionsProblemCount} needed), "
            + $"{WorkingText.Count(permanent, "permanent exclusion", "permanent exclusions")} (none allowed)";
        return (met, (met ? "Met: " : "Not met: ") + working + ".");
    }

    private static (bool Improved, string Reason) Headline(
        SessionTotals sessions, int baselineExclusions, int outcomeExclusions, int outcomePermanent, OutcomeRules rules)
    {
        var attendanceOver = 100L * sessions.Attended > (long)rules.HeadlineAttendancePercent * sessions.Possible;
        var fewerExclusions = baselineExclusions == 0 ? outcomeExclusions == 0 : outcomeExclusions < baselineExclusions;
        var improved = attendanceOver && outcomePermanent == 0 && fewerExclusions;
        var exclusionsNeeded = baselineExclusions == 0 ? "none needed, as there were none before" : $"fewer than {baselineExclusions} needed";
        var working = $"attendance {sessions.Attended} of {sessions.Possible} sessions ({WorkingText.PercentText(sessions.Attended, sessions.Possible)}; over {rules.HeadlineAttendancePercent}% needed), "
            + $"{WorkingText.Count(outcomeExclusions, "exclusion", "exclusions")} ({exclusionsNeeded}), "
            + $"{WorkingText.Count(outcomePermanent, "permanent exclusion", "permanent exclusions")} (none allowed)";
        return (improved, (improved ? "Improved: " : "Not improved: ") + working + ".");
    }

    private static DateWindow? Span(TermAttendance[] terms)
    {
        if (terms.Length == 0) return null;
        var first = terms[0].TermStart;
        var last = terms[0].TermEnd;
        foreach (var term in terms)
        {
            if (term.TermStart < first) first = term.TermStart;
            if (term.TermEnd > last) last = term.TermEnd;
        }

        return DateWindow.Inclusive(first, last);
    }

    private static SessionTotals Sessions(TermAttendance[] terms)
    {
        long possible = 0, authorised = 0, unauthorised = 0;
        foreach (var term in terms)
        {
            possible += term.PossibleSessions;
            authorised += term.AuthorisedAbsenceSessions;
            unauthorised += term.UnauthorisedAbsenceSessions;
        }

        return new SessionTotals(possible, authorised, unauthorised);
    }

    private static (int Fixed, int Permanent) ExclusionsIn(ReadOnlySpan<SchoolExclusion> exclusions, DateWindow? span)
    {
        if (span is not { } window) return (0, 0);
        int fixedTerm = 0, permanent = 0;
        foreach (var exclusion in exclusions)
        {
            if (!window.Contains(exclusion.ExclusionDate)) continue;
            if (exclusion.Type == ExclusionType.Permanent) permanent++;
            else fixedTerm++;
        }

        return (fixedTerm, permanent);
    }
}
