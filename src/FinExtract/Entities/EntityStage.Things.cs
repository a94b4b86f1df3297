using System.Text.RegularExpressions;

namespace FinExtract.Entities;

/// <summary>Acronyms that name a thing (an index, a product, a scheme) rather than a body.</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// An acronym the article uses as a thing's name: somewhere a head noun after "a", "an" or a possessive ("a ULIP in case", "my
    /// FD of Rs 20 lakh", "What is an FSA?"; "a BBC reporter" is a modifier and says nothing), or followed by a number that is no
    /// year ("FTSE 100", "STOXX 600", a radar model "WSR - 57"): an index, a product or a scheme, not a body.
    /// </summary>
    private static bool NamesAThing(string body, string word)
    {
        for (int k = NextOf(body, word, 0); k >= 0; k = NextOf(body, word, k + word.Length))
        {
            int end = k + word.Length;
            if (!IsWordBoundary(body, k, end)) continue;
            if (ThingDeterminerBefore().IsMatch(body.AsSpan(Math.Max(0, k - 8), k - Math.Max(0, k - 8)))
                && HeadNounEnd().IsMatch(body.AsSpan(end, Math.Min(8, body.Length - end)))) return true;
            if (NumberAfter().Match(body, end, Math.Min(12, body.Length - end)) is { Success: true } n
                && !(n.Groups["n"].Length == 4 && n.Groups["n"].Value[0] is '1' or '2')) return true;
        }
        return false;
    }

    [GeneratedRegex(@"(?:^|\s)(?:a|an|one|my|your|his|her|our|their|each|every|any)\s+$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex ThingDeterminerBefore();

    [GeneratedRegex(@"^(?:\s*[.,;:?!)]|\s+(?:in|of|for|to|and|or|is|was|with|that|which|from|on|at|by)\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex HeadNounEnd();

    [GeneratedRegex(@"^(?: | - )(?<n>\d+)(?![\d.,]*\s*(?:%|percent|per cent))\b", RegexOptions.CultureInvariant)]
    private static partial Regex NumberAfter();
}
