using FinExtract.Documents;
using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>How a language or a page's style capitalises: nouns in German, headlines in title case, text in capitals.</summary>
public sealed partial class EntityStage
{
    /// <summary>Whether token i opens its sentence, or follows only the opening quotation mark that does ("“Mark my words").</summary>
    private static bool OpensSentence(string body, IReadOnlyList<Token> tokens, int i, HashSet<int> sentenceStarts) =>
        sentenceStarts.Contains(i) || i > 0 && sentenceStarts.Contains(i - 1) && Word(body, tokens[i - 1]) is "“" or "\"" or "‘" or "'";

    /// <summary>
    /// Tokens i..j, one to three words all in capital letters one space apart ("PRAGUE", "NEW YORK", "MEXICO CITY"), as
    /// title-case words ("Mexico City"); null otherwise, and for one word of fewer than four letters ("US", "IT").
    /// </summary>
    private static string? CapitalsAsTitle(string body, IReadOnlyList<Token> tokens, int i, int j)
    {
        if (j - i > 2 || (j == i && tokens[i].Length < 4)) return null;
        var title = new System.Text.StringBuilder();
        for (int k = i; k <= j; k++)
        {
            var t = tokens[k];
            if (t.Length < 2 || !IsAllCapitalLetters(body, t) || (k > i && (t.Start != tokens[k - 1].End + 1 || body[t.Start - 1] != ' '))) return null;
            if (k > i) title.Append(' ');
            title.Append(TitleCase(body, t));
        }
        return title.ToString();
    }

    private static bool IsAllCapitalLetters(string body, Token t) => IsAllCapitalLetters(body, t.Start, t.End);

    private static bool IsAllCapitalLetters(string body, int start, int end)
    {
        for (int k = start; k < end; k++) if (!char.IsUpper(body[k])) return false;
        return true;
    }

    private static string TitleCase(string body, Token t) => body[t.Start] + body.Substring(t.Start + 1, t.Length - 1).ToLowerInvariant();

    /// <summary>Whether the article's language (its primary subtag) capitalises every noun (German, Luxembourgish).</summary>
    private static bool CapitalisesNouns(Article article) =>
        article.Metadata.LanguageCode is var lang
        && (lang.Equals("de", StringComparison.OrdinalIgnoreCase) || lang.Equals("lb", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Where every noun is capitalised, a candidate its capitals alone made: two or more unknown capitalised words ("Ratgeber
    /// Direktzusage"), or a word after a place preposition ("in Kraft") without the ending of a place name ("in Mannheim").
    /// </summary>
    private static bool NoNameByCapitals(string body, Candidate c)
    {
        if (c.Known != null) return false;
        if (c.Rule == Heuristics.PlacePreposition.Id)
        {
            string word = body[c.Start..c.End];
            return !EntityLexicon.PlaceEndingsNounsCapitalised.Any(x => word.EndsWith(x, StringComparison.Ordinal) && word.Length > x.Length + 2);
        }
        return c.Rule == Heuristics.TwoWords.Id || c.Rule == Heuristics.TwoWordsOrg.Id || c.Rule == Heuristics.TwoWordsUnknown.Id
            || c.Rule == Heuristics.MultiWord.Id;
    }

    /// <summary>
    /// Where every noun is capitalised, an organisation's run by its organisation word often opens with common nouns and an article
    /// ("Die Nutzung von Office", "Studie der University of Oxford", "Das Team"): the name is what follows the last "von"/"der"
    /// when no organisation word stands before it, without an opening article or preposition; a lone organisation word left
    /// ("Team", "Media") names nothing.
    /// </summary>
    private static void NameAfterNounPhrase(string body, List<Candidate> candidates)
    {
        for (int k = candidates.Count - 1; k >= 0; k--)
        {
            var c = candidates[k];
            if (c.Rule != Heuristics.OrgWord.Id || c.Known != null) continue;
            int start = c.Start;
            string text = body[start..c.End];
            int joiner = GermanJoiner().Matches(text).LastOrDefault()?.Index ?? -1;
            if (joiner > 0 && !text[..joiner].Split(' ').Any(EntityLexicon.OrgWords.Contains))
                start += text.IndexOf(' ', joiner + 1) + 1;
            while (body.IndexOf(' ', start, c.End - start) is int sp and > 0 && EntityLexicon.RunOpenersNounsCapitalised.Contains(body[start..sp]))
                start = sp + 1;
            if (start == c.Start) continue;
            string rest = body[start..c.End];
            // ("Das Team der Behörde": an article, then an organisation's word of its own before a joiner, is a common noun phrase)
            bool nothingLeft = !rest.Contains(' ') && (EntityLexicon.OrgWords.Contains(rest) || EntityLexicon.RunOpenersNounsCapitalised.Contains(rest))
                || GermanJoiner().Match(rest) is { Success: true } j && !rest[..j.Index].Contains(' ') && EntityLexicon.OrgWords.Contains(rest[..j.Index]);
            if (nothingLeft) candidates.RemoveAt(k);
            else candidates[k] = c with { Start = start };
        }
    }

    /// <summary>A German word that joins a common noun to the name after it: "von", "vom", "der", "des", "dem", "den".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@" (?:von|vom|der|des|dem|den) ")]
    private static partial System.Text.RegularExpressions.Regex GermanJoiner();

    /// <summary>Whether an article is in English or in a language the page does not say.</summary>
    private static bool IsEnglish(Article article) =>
        article.Metadata.LanguageCode is var lang && (lang.Length == 0 || lang.StartsWith("en", StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Sentences set in title case, as a headline is at the top of a plain-text article: every word of four letters or
    /// more after the first is capitalised, and there are at least four (short words such as "of", "and", "to" may stay
    /// lower case). Prose never reads that way; in such a line, a capitalised common word says nothing about a name.
    /// </summary>
    private static IEnumerable<(int Start, int End)> TitleCaseSentences(Article article)
    {
        string body = article.Body;
        foreach (var s in article.Sentences)
        {
            int words = 0;
            bool allCapitalised = true;
            for (int t = s.FirstToken + 1; t < s.FirstToken + s.TokenCount && allCapitalised; t++)
            {
                var token = article.Tokens[t];
                if (token.Kind != TokenKind.Word || token.Length < 4) continue;
                words++;
                allCapitalised = char.IsUpper(body[token.Start]);
            }
            if (allCapitalised && words >= 4) yield return (s.Start, s.End);
        }
    }

    /// <summary>Whether the article writes a word followed by an exclamation mark somewhere ("SIX!!!").</summary>
    private static bool Shouted(string body, string word)
    {
        for (int k = NextOf(body, word, 0); k >= 0; k = NextOf(body, word, k + word.Length))
            if (k + word.Length < body.Length && body[k + word.Length] == '!') return true;
        return false;
    }
}
