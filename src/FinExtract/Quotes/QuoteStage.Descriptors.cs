using FinExtract.Entities;
using System.Text.RegularExpressions;

namespace FinExtract.Quotes;

/// <summary>The quote stage's organisation descriptors: which organisation "the carmaker" or "the union" stands for.</summary>
public sealed partial class QuoteStage
{
    /// <summary>Resources/lexicon/organisation-descriptors.tsv: each word for an organisation, and how it finds the one it means.</summary>
    private static readonly Dictionary<string, string> DescriptorKinds =
        Text.Lexicon.Read("organisation-descriptors.tsv").ToDictionary(r => r[^1], r => r[0], StringComparer.Ordinal);

    /// <summary>The words of names that are the organisation a descriptor means ("Motors" for "carmaker"), where the list gives them.</summary>
    private static readonly Dictionary<string, string[]> DescriptorNameWords = Text.Lexicon.Read("organisation-descriptors.tsv")
        .Where(r => r.Length == 3).ToDictionary(r => r[2], r => r[1].Split(' ', StringSplitOptions.RemoveEmptyEntries), StringComparer.Ordinal);

    /// <summary>The descriptor words, longest first (so the longest one a phrase ends with is found first).</summary>
    private static readonly string[] OrganisationDescriptors = DescriptorKinds.Keys.OrderByDescending(d => d.Length).ToArray();

    /// <summary>
    /// The organisation a phrase such as "the carmaker" or "the German lender" stands for, named before <paramref name="at"/> and
    /// not as someone's audience or source ("told Reuters"): by the word's kind, the latest one, or the latest whose name
    /// shows the word or a word of such names ("the bank" after "Reserve Bank of Westland", "the carmaker" after "Velora
    /// Motors", over a company named since), or only such a one ("the union", "the court": a kind of body that no company
    /// named before is).
    /// </summary>
    /// <remarks><paramref name="onlyOfItsName"/> says that the phrase is such a kind of body, so that finding none leaves it unresolved.</remarks>
    private static EntityMention? DescribedOrganisation(Context ctx, int at, string phrase, out bool onlyOfItsName)
    {
        var before = ctx.Entities.Where(x => x.End <= at && x.Type == "ORG" && !IsAudienceOrSource(ctx.Body, x.Start))
            .OrderByDescending(x => x.Start);
        string? word = DescriptorWord(phrase);
        onlyOfItsName = word != null && DescriptorKinds[word] == "named";
        // the latest one named, passing over where a quoted professional works ("an analyst at X"): the firm is not the story's
        var latest = SubjectOverObject(ctx, before.FirstOrDefault(x => !IsWorkplace(ctx.Body, x)) ?? before.FirstOrDefault());
        if (word == null) return latest;
        string head = word[(word.LastIndexOf(' ') + 1)..];
        // "campaign group Tarn Watch …; the group said": the one the article introduced with this very word
        if (before.FirstOrDefault(x => IntroducedAs(ctx.Body, x, head)) is { } introduced) return introduced;
        if (DescriptorKinds[word] == "latest") return latest;
        // (a descriptor of two words shows as both in a name: "Central Bank" in "European Central Bank", not "Bank" alone)
        string[] heads = [word.Contains(' ') ? word : head, .. DescriptorNameWords.GetValueOrDefault(word, [])];
        var shows = before.FirstOrDefault(x => heads.Any(h => Shows(ctx.Body, x, h)));
        if (shows != null || onlyOfItsName) return shows;
        // "a spokeswoman for the regulator" after "Calder Bank": a name that shows another kind's word is not of this kind
        return before.FirstOrDefault(x => !IsWorkplace(ctx.Body, x) && !KindNameWords.Any(h => Shows(ctx.Body, x, h)));
    }

    /// <summary>
    /// "The Tarvel Metro responded, pointing to a deal with the Harlow Union. “…,” the spokesperson said": when the latest organisation
    /// is the object of a preposition, the one its sentence opens with as the subject (no preposition before it) is the one meant.
    /// </summary>
    private static EntityMention? SubjectOverObject(Context ctx, EntityMention? latest)
    {
        if (latest == null || !ObjectOfPreposition(ctx.Body, latest.Start) || ctx.SentenceOf(latest.Start) is not (int si and >= 0)) return latest;
        var subject = ctx.Entities.Where(x => x.Type == "ORG" && x.Start >= ctx.Sentences[si].Start && x.Start < latest.Start && !ctx.InsideQuote(x))
            .OrderBy(x => x.Start).FirstOrDefault();
        return subject != null && !ObjectOfPreposition(ctx.Body, subject.Start) && !IsWorkplace(ctx.Body, subject)
            && !IsAudienceOrSource(ctx.Body, subject.Start) && subject.EntityId != latest.EntityId ? subject : latest;
    }

    /// <summary>Whether a mention is the object of a preposition, "the" between them or not ("with the Harlow Union").</summary>
    private static bool ObjectOfPreposition(string body, int start) =>
        AfterPreposition(body, start) || PrecededBy(body, start, [" the"], StringComparison.OrdinalIgnoreCase) && AfterPreposition(body, start - 4);

    /// <summary>"a police spokesman", "the transport ministry spokeswoman": lower-case words between the article and a spokesperson.</summary>
    [GeneratedRegex(@"^(?:[Aa]n?|[Tt]he)\s+(?<q>\p{Ll}[\p{L}-]*(?:\s+\p{Ll}[\p{L}-]*){0,2})\s+spokes(?:person|man|woman)$", RegexOptions.CultureInvariant)]
    private static partial Regex SpokespersonQualifier();

    /// <summary>Words before "spokesperson" that describe the person, not the body they speak for.</summary>
    private static readonly HashSet<string> SpokespersonAdjectives =
        new(["unnamed", "anonymous", "senior", "chief", "official", "deputy", "acting", "former", "longtime", "veteran"], StringComparer.Ordinal);

    /// <summary>
    /// The body whose spokesperson a qualifier of lower-case words describes: one of the descriptor's kind named before ("a company
    /// spokesman": the latest; "a ministry spokeswoman": a ministry), else one whose name shows the qualifier's last word ("a police
    /// spokesman" after "Tarvia Police"); none when the text named no such body.
    /// </summary>
    private static EntityMention? SpokespersonBody(Context ctx, int at, string qualifier)
    {
        // "an unnamed spokeswoman", "a senior spokesman": words that say nothing of the body leave it the one named before
        qualifier = string.Join(' ', qualifier.Split(' ').Where(w => !SpokespersonAdjectives.Contains(w)));
        if (qualifier.Length == 0 || DescriptorWord(qualifier) != null) return DescribedOrganisation(ctx, at, qualifier, out _);
        string head = qualifier[(qualifier.LastIndexOf(' ') + 1)..];
        return ctx.Entities.Where(x => x.End <= at && x.Type == "ORG").OrderByDescending(x => x.Start).FirstOrDefault(x => Shows(ctx.Body, x, head));
    }

    /// <summary>Whether the word stands right before the organisation's name, introducing it ("lobby group Tarn Watch").</summary>
    private static bool IntroducedAs(string body, EntityMention org, string word)
    {
        int end = org.Start - 1;
        return end > word.Length && body[end] == ' ' && string.CompareOrdinal(body, end - word.Length, word, 0, word.Length) == 0
            && !char.IsLetter(body[end - word.Length - 1]);
    }

    private static bool Shows(string body, EntityMention org, string word) => NameShows(org.Name, word) || NameShows(body[org.Start..org.End], word);

    /// <summary>
    /// The words that show an organisation's kind in its name ("Bank", "Motors", "Airlines"): the descriptors that list such
    /// words, and those words.
    /// </summary>
    private static readonly string[] KindNameWords = DescriptorNameWords.SelectMany(d => d.Value.Append(d.Key[(d.Key.LastIndexOf(' ') + 1)..]))
        .Distinct(StringComparer.OrdinalIgnoreCase).ToArray();

    /// <summary>
    /// Whether an "it" with no organisation named in its own sentence follows a sentence that opens with a descriptor as its subject
    /// ("The union was blunt. “…,” it said."); <paramref name="org"/> is then the organisation the descriptor means, or null when
    /// the article names none of its kind, or when the subject is a document or message rather than a descriptor.
    /// </summary>
    private static bool DescribedSubjectBefore(Context ctx, int at, out EntityMention? org)
    {
        org = null;
        var m = SubjectOfSentenceBefore(ctx, at, DescriptorSubject(), 60, false);
        if (m == null) return false;
        string phrase = m.Groups["phrase"].Value;
        // "The notice included a photo. “…,” it said.": the document or message the sentence is about speaks, and names no one
        if (DescriptorWord(phrase) == null) return DocumentWord().IsMatch(phrase);
        org = DescribedOrganisation(ctx, m.Index, phrase, out _);
        return true;
    }

    /// <summary>A phrase that ends in a word for a document or a message ("The notice", "The bank's annual report").</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\s(?:" + DocumentNouns + @")s?$", System.Text.RegularExpressions.RegexOptions.CultureInvariant)]
    private static partial System.Text.RegularExpressions.Regex DocumentWord();

    /// <summary>
    /// A sentence that opens "The" and one to three words, then a verb: "The union was", "The German lender said", "The insurer
    /// warned".
    /// </summary>
    private static System.Text.RegularExpressions.Regex DescriptorSubject() => DescriptorSubjectPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly System.Text.RegularExpressions.Regex DescriptorSubjectPattern = new(
        @"\G(?<phrase>The(?:\s+[A-Za-z][a-z-]+){1,3}?)\s+(?:was|is|has|had|did|does|said|says|added|warned|[a-z]+ed)\b",
        System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    /// <summary>
    /// Whether an organisation is named as where someone quoted from outside works: after "analyst at", "economist with" (an
    /// outside profession of entity-professions.tsv), or before one ("X analyst Jane Roe").
    /// </summary>
    private static bool IsWorkplace(string body, EntityMention org)
    {
        var before = body.AsSpan(Math.Max(0, org.Start - 40), Math.Min(40, org.Start)).TrimEnd();
        int space = before.LastIndexOf(' ');
        if (space > 0 && before[(space + 1)..] is "at" or "with")
        {
            var rest = before[..space].TrimEnd();
            if (EntityLexicon.OutsideProfessions.Contains(rest[(rest.LastIndexOf(' ') + 1)..].ToString())) return true;
        }
        int end = org.End;
        while (end < body.Length && body[end] == ' ') end++;
        int wordEnd = end;
        while (wordEnd < body.Length && char.IsLetter(body[wordEnd])) wordEnd++;
        return wordEnd > end && EntityLexicon.OutsideProfessions.Contains(body[end..wordEnd]);
    }

    /// <summary>The longest descriptor word a phrase ends with ("the German lender" -> "lender"), or null.</summary>
    private static string? DescriptorWord(string phrase)
    {
        string lower = phrase.ToLowerInvariant();
        // the longest that ends the phrase: "the central bank" is a central bank, not any bank
        return OrganisationDescriptors.Where(d => lower.EndsWith(d, StringComparison.Ordinal)
            && (lower.Length == d.Length || !char.IsLetter(lower[lower.Length - d.Length - 1]))).MaxBy(d => d.Length);
    }

    /// <summary>Whether <paramref name="word"/> is one of the words of a name, or its words are, in any case ("Bank" in "Reserve Bank of Westland").</summary>
    private static bool NameShows(string name, string word)
    {
        if (word.Contains(' '))
            return (" " + string.Join(' ', name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries)) + " ")
                .Contains(" " + word + " ", StringComparison.OrdinalIgnoreCase);
        foreach (var part in name.Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries))
            if (part.Equals(word, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    private static readonly char[] NameSeparators = [' ', '-', '.', ',', '\'', '’', '(', ')', '&', '/'];
}
