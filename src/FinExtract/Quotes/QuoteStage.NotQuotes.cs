using System.Text.RegularExpressions;

namespace FinExtract.Quotes;

/// <summary>Spans in quotation marks that are no quotations: terms, scare quotes, modifiers and the titles of works.</summary>
public sealed partial class QuoteStage
{
    private static readonly HashSet<string> TermCues = Text.Lexicon.Set("quote-term-cues.tsv", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> WorkNouns = Text.Lexicon.Set("quote-work-nouns.tsv", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> ModifierOpeners = Text.Lexicon.Set("quote-modifier-openers.tsv", StringComparer.OrdinalIgnoreCase);

    private static readonly HashSet<string> AfterModifierStops = Text.Lexicon.Set("quote-after-modifier-stops.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Why a short quotation is a term or a scare quote rather than anyone's words, or null: a term being named
    /// ("the term 'three amigos'", "so-called 'zombie' firms"), or a modifier between a determiner and its noun
    /// ("the 'interim' government", "a 'skinny' trade deal").
    /// </summary>
    private static string? NamedOrModifier(string body, QuotedSpan s)
    {
        if (s.CloseAt < 0) return null;
        string inner = body[s.Start..s.End].TrimEnd();
        if (inner.Length == 0) return null;
        string cue = WordsBefore(body, s.OpenAt, 2);
        if ((WorkNouns.Contains(cue) || WorkNouns.Contains(cue[(cue.LastIndexOf(' ') + 1)..])) && char.IsUpper(inner[0]))
            return $"a title of a work (after \"{cue}\")";
        // "Ivo Marsh's “Two Days in Harlow,”": capitalised words after a name's possessive are the title of that person's work
        int near = Math.Max(0, s.OpenAt - 40);
        if (IsTitleCasedQuotation(body, s) && NamePossessiveBefore().IsMatch(body.AsSpan(near, s.OpenAt - near)))
            return "a title of a work (after its author's possessive)";
        // "that “a-ha!” moment": an exclamation of a word or two may be a modifier too
        if (inner[^1] is '?' or '!' && TitleOfAWork(inner) is { } question) return question;
        if (inner[^1] is '.' or '!' or '?') return inner.Count(c => c == ' ') < 2 ? ScareQuotedModifier(body, s) : null;
        string before = WordsBefore(body, s.OpenAt, 2);
        string last = before.Contains(' ') ? before[(before.LastIndexOf(' ') + 1)..] : before;
        bool termCue = TermCues.Contains(last) || TermCues.Contains(before);
        // "a seller called “E-Life,” the trading name of …": a name keeps the comma that follows it inside the marks
        if (inner[^1] == ',') return (termCue || last is "called" or "named" && char.IsUpper(inner[0])) && inner.Count(c => c == ' ') < 3
            ? $"a term being named (after \"{before}\")" : null;
        if (TitleOfAWork(inner) is { } title) return title;
        if (termCue) return $"a term being named (after \"{before}\")";
        return ScareQuotedModifier(body, s);
    }

    /// <summary>
    /// "his latest film, “A Quiet Week in Harlow,” opens": capitalised words right after a kind of work (and its comma or colon) are its
    /// title, whatever reporting verb the sentence has and whatever mark ends them.
    /// </summary>
    private static string? TitleAfterWorkNoun(string body, QuotedSpan s)
    {
        int at = s.OpenAt;
        while (at > 0 && body[at - 1] == ' ') at--;
        if (at > 0 && body[at - 1] is ',' or ':') at--;
        string cue = WordsBefore(body, at, 2);
        if (!WorkNouns.Contains(cue) && !WorkNouns.Contains(cue[(cue.LastIndexOf(' ') + 1)..])) return null;
        return IsTitleCasedQuotation(body, s) ? $"a title of a work (after \"{cue}\")" : null;
    }

    /// <summary>"the “new normal” rules", "a “wow” factor": after an article or a determiner, a quotation that a lower-case noun follows.</summary>
    private static string? ScareQuotedModifier(string body, QuotedSpan s)
    {
        string before = WordsBefore(body, s.OpenAt, 2);
        string last = before.Contains(' ') ? before[(before.LastIndexOf(' ') + 1)..] : before;
        if (!ModifierOpeners.Contains(last)) return null;
        int k = s.CloseAt + 1;
        if (k >= body.Length || body[k] != ' ') return null;
        int e = k + 1;
        while (e < body.Length && (char.IsLetter(body[e]) || body[e] == '-')) e++;
        string next = body[(k + 1)..e];
        if (next.Length < 2 || !char.IsLower(next[0]) || AfterModifierStops.Contains(next)) return null;
        return $"a scare-quoted modifier (\"{last} … {next}\")";
    }

    /// <summary>
    /// Why quoted words are a title rather than anyone's words, or null: every word capitalised ("Make America Great Again"), a
    /// question or an exclamation of three words or more so written ("How Will the Pandemic Affect Poetry?"), or such a title, a
    /// colon and its subtitle ("The Colour of Money: how banks lend"). A statement ending in a full stop or a comma is no title, unless
    /// every word of it, on both sides of a colon, is capitalised ("Tarn Together: A Night for Harlow.", the American style's stop).
    /// </summary>
    private static string? TitleOfAWork(string inner)
    {
        if (inner.Length == 0) return null;
        if (inner[^1] is '.' or ',')
            return inner.Contains(": ", StringComparison.Ordinal) && IsTitleCased(inner[..^1]) ? "a title and its subtitle, every word capitalised" : null;
        if (inner[^1] is '?' or '!') return inner.Count(c => c == ' ') >= 2 && IsTitleCased(inner[..^1]) ? "a title: every word capitalised" : null;
        if (IsTitleCased(inner)) return "a title or name: every word capitalised";
        return inner.IndexOf(": ", StringComparison.Ordinal) is int colon and > 0 && IsTitleCased(inner[..colon]) ? "a title and its subtitle" : null;
    }

    /// <summary>
    /// "her films, among them “Quiet Harbour” and “The Long Field,” and …": a title-cased quotation beside another, with only "and",
    /// "or", a comma or a semicolon between them, is one title of a list, whatever mark ends it inside the quotation marks.
    /// </summary>
    private static string? TitleInAList(string body, QuotedSpan s, List<QuotedSpan> spans)
    {
        if (s.CloseAt < 0 || !IsTitleCasedQuotation(body, s)) return null;
        int i = spans.FindIndex(x => x.Start == s.Start);
        bool Listed(int j) => j >= 0 && j < spans.Count && spans[j].CloseAt >= 0 && IsTitleCasedQuotation(body, spans[j])
            && OnlyListJoiners(j < i ? body[(spans[j].CloseAt + 1)..s.OpenAt] : body[(s.CloseAt + 1)..spans[j].OpenAt]);
        return Listed(i - 1) || Listed(i + 1) ? "a title in a list of titles" : null;
    }

    /// <summary>A capitalised word and its possessive right before the end: "Marsh's ", "Quarles’ ".</summary>
    [GeneratedRegex(@"\p{Lu}\p{Ll}+(?:['’]s?|s['’])\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex NamePossessiveBefore();

    /// <summary>Whether the text between two quotations is only "and", "or", commas, semicolons and spaces.</summary>
    private static bool OnlyListJoiners(string between)
    {
        string rest = between.Replace(",", " ").Replace(";", " ").Trim();
        return rest.Length == 0 || rest is "and" or "or";
    }

    /// <summary>Whether a quotation's words, without the comma or full stop the American style keeps inside the marks, are title-cased.</summary>
    private static bool IsTitleCasedQuotation(string body, QuotedSpan q) => IsTitleCased(body[q.Start..q.End].TrimEnd().TrimEnd(',', '.'));

    /// <summary>"Apropos of Nothing", "Make America Great Again": two words or more, each capitalised but the short joining words.</summary>
    private static bool IsTitleCased(string inner)
    {
        var words = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 2 || !char.IsUpper(words[0][0])) return false;
        return words.All(w => char.IsUpper(w[0]) || !char.IsLetter(w[0]) || w is "of" or "the" or "a" or "an" or "and" or "or" or "in" or "on" or "to" or "for"
            or "at" or "by" or "with");
    }

    /// <summary>Up to <paramref name="count"/> words right before <paramref name="at"/>, lower case, joined by spaces.</summary>
    private static string WordsBefore(string body, int at, int count)
    {
        var words = new List<string>();
        int i = at - 1;
        while (words.Count < count)
        {
            while (i >= 0 && body[i] == ' ') i--;
            int end = i + 1;
            while (i >= 0 && (char.IsLetter(body[i]) || body[i] == '-')) i--;
            if (end - (i + 1) == 0) break;
            words.Insert(0, body[(i + 1)..end].ToLowerInvariant());
        }
        return string.Join(' ', words);
    }
}
