namespace FinExtract.Entities;

/// <summary>Names found again in lines set in capitals.</summary>
public sealed partial class EntityStage
{
    /// <summary>
    /// A line set in capitals ("CLINTON BREAKS WITH OBAMA ON TRADE", a wire slug, a newsletter's item) is one long run that no
    /// heuristic can type. The names the article writes in ordinary case elsewhere are found in it again, in capitals: a person's,
    /// an organisation's or a place's full name, and a person's surname when one person has it. Each is a mention of that entity
    /// (linked through <paramref name="aliases"/>); the rest of the run stays unnamed.
    /// </summary>
    private static void NamesInCapitals(string body, List<Candidate> chosen, Dictionary<string, string> aliases)
    {
        var runs = chosen.Where(c => c.Type == "UNKNOWN" && IsCapitalsRun(body, c)).Select(c => (c.Start, c.End, Run: (Candidate?)c)).ToList();
        // a line set in capitals whose run lost to a place or a body found inside it ("SOCCER - MARSH SCORES AS TARVIA WIN"): the
        // stretches of it that no mention holds
        runs.AddRange(UnheldInCapitalLines(body, chosen).Select(g => (g.Start, g.End, Run: (Candidate?)null)));
        if (runs.Count == 0) return;
        var names = CapitalisedForms(body, chosen);
        if (names.Count == 0) return;
        foreach (var run in runs)
        {
            var found = new List<Candidate>();
            var words = WordSpans(body, run.Start, run.End);
            for (int w = 0; w < words.Count; w++)
                for (int n = Math.Min(4, words.Count - w); n >= 1; n--)
                {
                    int s = words[w].Start, e = words[w + n - 1].End;
                    if (!names.TryGetValue(body[s..e], out var known)) continue;
                    found.Add(new Candidate(s, e, known.Type, Heuristics.InCapitals));
                    aliases.TryAdd(body[s..e], known.Name);
                    w += n - 1;
                    break;
                }
            if (found.Count == 0) continue;
            if (run.Run != null) chosen.Remove(run.Run);
            chosen.AddRange(found);
        }
        chosen.Sort((a, b) => a.Start.CompareTo(b.Start));
    }

    /// <summary>
    /// The stretches of lines set in capitals (three words or more, no lower-case letter) that no mention holds: where a name
    /// written elsewhere in ordinary case may be found again.
    /// </summary>
    private static List<(int Start, int End)> UnheldInCapitalLines(string body, List<Candidate> chosen)
    {
        var gaps = new List<(int, int)>();
        for (int start = 0; start < body.Length;)
        {
            int end = body.IndexOf('\n', start);
            if (end < 0) end = body.Length;
            var line = body.AsSpan(start, end - start);
            if (line.Count(' ') >= 2 && !line.ContainsAnyInRange('a', 'z') && line.ContainsAnyInRange('A', 'Z'))
            {
                int from = start;
                foreach (var c in chosen.Where(c => c.End > start && c.Start < end).OrderBy(c => c.Start))
                {
                    if (c.Start > from) gaps.Add((from, c.Start));
                    from = Math.Max(from, c.End);
                }
                if (end > from) gaps.Add((from, end));
            }
            start = end + 1;
        }
        return gaps;
    }

    /// <summary>A run of two words or more, all in capitals.</summary>
    private static bool IsCapitalsRun(string body, Candidate c)
    {
        var text = body.AsSpan(c.Start, c.Length);
        return text.IndexOf(' ') > 0 && !text.ContainsAnyInRange('a', 'z') && text.ContainsAnyInRange('A', 'Z');
    }

    /// <summary>
    /// The typed names the article writes in ordinary case, in capitals, with their type and entity name: full names (one word of
    /// five letters or more, or several words; an organisation's also without its legal form), and a person's last word of four
    /// letters or more when no other person has it.
    /// </summary>
    private static Dictionary<string, (string Type, string Name)> CapitalisedForms(string body, List<Candidate> chosen)
    {
        var forms = new Dictionary<string, (string Type, string Name)>(StringComparer.Ordinal);
        var ambiguous = new HashSet<string>(StringComparer.Ordinal);
        foreach (var c in chosen.Where(c => c.Type is "PERSON" or "ORG" or "LOCATION"))
        {
            string text = body[c.Start..c.End];
            if (!text.Any(char.IsLower) || text.Length < (text.Contains(' ') ? 4 : 5)) continue;
            string name = c.Known?.Name ?? text;
            forms.TryAdd(text.ToUpperInvariant(), (c.Type, name));
            // "Harbour Mills Ltd" is written "HARBOUR MILLS" too: the name without its legal form
            if (c.Type == "ORG" && text.LastIndexOf(' ') is > 0 and var cut && EntityLexicon.TryLegalForm(text[(cut + 1)..], out _)
                && text[..cut].TrimEnd(',') is var shortName && shortName.Length >= 5)
                forms.TryAdd(shortName.ToUpperInvariant(), (c.Type, name));
            if (c.Type != "PERSON" || text.LastIndexOf(' ') is not (> 0 and var sp) || text.Length - sp - 1 < 4) continue;
            string surname = text[(sp + 1)..].ToUpperInvariant();
            if (forms.TryGetValue(surname, out var other) && other.Name != name) ambiguous.Add(surname);
            else forms.TryAdd(surname, (c.Type, name));
        }
        foreach (var a in ambiguous) forms.Remove(a);
        return forms;
    }

    /// <summary>The words of [start, end): runs of letters, digits, apostrophes, dots and hyphens.</summary>
    private static List<(int Start, int End)> WordSpans(string body, int start, int end)
    {
        var words = new List<(int, int)>();
        int i = start;
        while (i < end)
        {
            while (i < end && !IsWordChar(body[i])) i++;
            int s = i;
            while (i < end && IsWordChar(body[i])) i++;
            // a trailing dot or apostrophe ends the sentence or opens a quotation, not the word
            int e = i;
            while (e > s && body[e - 1] is '.' or '\'' or '’') e--;
            if (e > s) words.Add((s, e));
        }
        return words;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c is '\'' or '’' or '.' or '-' or '&';
}
