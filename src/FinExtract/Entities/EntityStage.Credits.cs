using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>The people a wire story's credit line names ("Reporting by X in Tarvel and Y; Editing by Z").</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// The names of a credit line, from "Reporting by", "Writing by", "Editing by" (and "Additional reporting by", "Compiled by",
    /// "Reported by", "Written by", "Edited by") to the next semicolon, bracket or line end, when the credit opens a line or follows a
    /// bracket or a semicolon: in running text "written by" or "reported by" may name a firm or a paper.
    /// </summary>
    [GeneratedRegex(@"(?:^|(?<=[(\[;]\s?))(?:(?:[Aa]dditional )?[Rr]eporting|[Ww]riting|[Ee]diting|[Cc]ompiled|[Rr]eported|[Ww]ritten|[Ee]dited) [Bb]y " +
        @"([^;()\[\]\n]{3,300})", RegexOptions.CultureInvariant | RegexOptions.Multiline)]
    private static partial Regex CreditList();

    /// <summary>
    /// "Reporting by Ana Roe in Tarvel and Kiyomi Tessaro in Harlow; Editing by Ivo Marsh": a full name the rules and the model left
    /// open (the two-word heuristic's) that a wire story's credit line lists is a person's, as the line credits only people (a
    /// newsroom credited there, "Harlow Newsroom", is typed by its own word before this pass). Each name must follow the credit's
    /// "by", a comma, "and" or "&amp;", and be followed by one of those, by "in" and where the reporter filed from, or by the line's end.
    /// </summary>
    private static void PeopleInCredits(string body, List<Candidate> chosen)
    {
        foreach (Match m in CreditList().Matches(body))
        {
            var g = m.Groups[1];
            int end = g.Index + g.Length;
            for (int k = 0; k < chosen.Count; k++)
            {
                var c = chosen[k];
                if (c.Start < g.Index || c.End > end || c.Type != "UNKNOWN" || c.Rule != Heuristics.TwoWordsUnknown.Id) continue;
                var before = body.AsSpan(g.Index, c.Start - g.Index);
                var after = body.AsSpan(c.End, end - c.End);
                if ((before.IsEmpty || before.EndsWith(", ") || before.EndsWith(" and ") || before.EndsWith(" & "))
                    && (after.IsWhiteSpace() || after.StartsWith(",") || after.StartsWith(" and ") || after.StartsWith(" & ") || after.StartsWith(" in ")))
                    chosen[k] = c with { Type = "PERSON", Rule = Heuristics.CreditLine.Id, Confidence = Heuristics.CreditLine.Confidence };
            }
        }
    }
}
