using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>Bodies whose names hold a list of the subjects they deal with.</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// "National Union of Rail, Maritime and Transport Workers", "Department of Health, Education and Welfare": after a body's name
    /// that ends in "of" and a subject, a list of capitalised subjects joined by commas and a last "and" is the rest of the name, when
    /// the subject before the list and the first word of every item are words the in-domain text writes in lower case (a list of
    /// names, "the Bank of Tarvel, Quellmark and Harlow Steel", is of bodies of their own) and no item is a name a list knows.
    /// Returns where the list ends, or null.
    /// </summary>
    private int? SubjectListAfter(string body, int end, string lastWord, List<Candidate> chosen)
    {
        if (WordClusters == null || !WordClusters.SeenInLowerCase(lastWord)) return null;
        var m = SubjectList().Match(body, end, Math.Min(120, body.Length - end));
        if (!m.Success) return null;
        var items = m.Groups["item"].Captures.Select(x => x.Value.TrimStart()).ToList();
        if (!items.All(item => WordClusters.SeenInLowerCase(item.Split(' ')[0]))) return null;
        int listEnd = m.Index + m.Length;
        if (PossessiveFollows(body, listEnd - 2)) listEnd -= 2; // "… and Rural Development's staff": the name without its possessive
        return chosen.Any(x => x.Known != null && x.Start < listEnd && x.End > end) ? null : listEnd;
    }

    /// <summary>", A, B and C" of capitalised words, right at the start (up to three words an item, up to five items).</summary>
    [GeneratedRegex(@"\G(?:,(?<item>(?: [A-Z][\w'’-]*){1,3})){1,4},? and(?<item>(?: [A-Z][\w'’-]*){1,3})(?![\w'’-]| [A-Z]| of\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex SubjectList();
}
