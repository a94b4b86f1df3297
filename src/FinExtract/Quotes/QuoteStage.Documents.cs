using System.Text.RegularExpressions;

namespace FinExtract.Quotes;

/// <summary>Quotations from documents (a statement, a filing, a report) and the body that issued them.</summary>
public sealed partial class QuoteStage
{
    /// <summary>
    /// A document that the clause before or after the quotation gives as its source: "A statement from the board said: “…”" (its
    /// issuer), "“…,” according to a transcript of the call" (its issuer when the text names one, else no one). Either way the
    /// quotation is not the previous speaker's. A document the text names no issuer of before the quotation ("The statement
    /// read:") is left to the other rules: it is most often the one quoted just before.
    /// </summary>
    private static Attribution? DocumentSource(Context ctx, string before, int from, string after, int closeEnd, int quoteStart)
    {
        var m = DocumentBefore().Match(before);
        // "The statement on its website says": the organisation "its" points back to
        if (m.Success && m.Groups["its"].Success)
            return OrganisationItsMeans(ctx, from + m.Index, CueVerb(m.Groups["cue"].Value), "quotes.before.its-document")
                ?? new Attribution("", "", CueVerb(m.Groups["cue"].Value), "quotes.before.document-unnamed", 0.6);
        if (m.Success)
            return Named(Resolve(ctx, from + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value, "quotes.before.document", 0.8, quoteStart))
                ?? new Attribution("", "", CueVerb(m.Groups["cue"].Value), "quotes.before.document-unnamed", 0.6);
        m = AccordingToDocument().Match(after);
        if (!m.Success) return null;
        return (m.Groups["sp"].Success
                ? Named(Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, "according to", "quotes.according-to.document", 0.8,
                    quoteStart))
                : IssuedBySubject(m) ? SubjectRightBefore(ctx, quoteStart) : null)
            ?? new Attribution("", "", "according to", "quotes.according-to.document-unnamed", 0.6);
    }

    /// <summary>Documents a body issues in its own words (a statement, a filing), unlike a report or a transcript about it.</summary>
    private static readonly HashSet<string> IssuedDocuments = new(StringComparer.Ordinal)
        { "statement", "release", "letter", "memo", "notice", "filing", "post", "message", "email", "e-mail" };

    /// <summary>Words before such a document that keep it the issuer's own ("a press release", "a joint statement"; not "a court filing").</summary>
    private static readonly HashSet<string> IssuedDocumentWords = new(StringComparer.Ordinal)
        { "press", "news", "written", "brief", "short", "joint", "official", "separate", "regulatory", "earlier", "new", "emailed", "issued" };

    /// <summary>"according to a statement", "a press release", "the regulatory filing": one document of a kind its subject issues.</summary>
    private static bool IssuedBySubject(Match m) => m.Groups["art"].Success && !m.Groups["plural"].Success
        && IssuedDocuments.Contains(m.Groups["doc"].Value)
        && m.Groups["mods"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries).All(IssuedDocumentWords.Contains);

    /// <summary>
    /// "Tarn “recalled every unit it sold,” according to a statement": the person or organisation right before a quoted fragment
    /// (a few words between, no punctuation), in its sentence, issued the document that gives no other issuer.
    /// </summary>
    private static Attribution? SubjectRightBefore(Context ctx, int quoteStart)
    {
        int open = quoteStart - 1, si = ctx.SentenceOf(open);
        var named = ctx.Entities.LastOrDefault(x => x.Type is "PERSON" or "ORG" && x.End <= open && ctx.SentenceOf(x.Start) == si);
        if (named == null || !ShortPlainGap().IsMatch(ctx.Body[named.End..open])) return null;
        return new Attribution(named.Name, named.EntityId, "according to", "quotes.according-to.document-subject", 0.65);
    }

    /// <summary>At most four words with no punctuation between a name and a quotation mark ("Tarn said it had ").</summary>
    [GeneratedRegex(@"^(?:\s+[\p{L}'’-]+){0,4}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex ShortPlainGap();

    /// <summary>
    /// "according to Westland court filings", "according to Tarn Energy regulatory documents": a name that only qualifies a document
    /// is its issuer when it is an organisation, else the document's issuer is not named; null when no document follows the name.
    /// </summary>
    private static Attribution? NamedDocument(Context ctx, string after, int closeEnd, Match m)
    {
        if (!NameQualifiesDocument().IsMatch(after, m.Index + m.Length)) return null;
        int at = closeEnd + m.Groups["sp"].Index;
        var org = ctx.Entities.FirstOrDefault(x => x.Type == "ORG" && x.Start <= at && at < x.End);
        return org != null ? new Attribution(org.Name, org.EntityId, "according to", "quotes.according-to.document", 0.75)
            : new Attribution("", "", "according to", "quotes.according-to.document-unnamed", 0.6);
    }

    /// <summary>
    /// "…, with researcher Jo Roe saying “…”", "with Jo Roe calling it an “ambush”", "…, with Jo Roe, an economist at Tarn Bank, adding
    /// that “…”": the person or organisation named right before the participle that "with" opens, or before the appositive there.
    /// </summary>
    private static Attribution? WithNameSaying(Context ctx, string before, int from)
    {
        var m = WithSaying().Match(before);
        if (!m.Success) return null;
        // ("He sided with Jo Roe, the chair, saying …" is his participle: with an appositive, "with" must open the clause)
        var app = m.Groups["app"];
        if (app.Success && !OpensAClause(before.AsSpan(0, m.Index))) return null;
        int end = from + (app.Success ? app.Index : m.Groups["cue"].Index), start = from + m.Index;
        var named = ctx.Entities.FirstOrDefault(x => x.Type is "PERSON" or "ORG" && x.Start > start && x.End <= end
            && ctx.Body.AsSpan(x.End, end - x.End).IsWhiteSpace());
        return named == null ? null : new Attribution(named.Name, named.EntityId, m.Groups["cue"].Value, "quotes.with-participle", 0.7);
    }

    /// <summary>Whether text that ends here ends at a clause's start: nothing, or a comma, semicolon or sentence end.</summary>
    private static bool OpensAClause(ReadOnlySpan<char> text)
    {
        text = text.TrimEnd();
        return text.IsEmpty || text[^1] is ',' or ';' or '.' or '!' or '?';
    }

    private static Regex WithSaying() => WithSayingPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex WithSayingPattern = new(
        @"\bwith\s+[^,.;:!?“”""]{2,80}?(?<app>,\s+[^.;:!?“”""]{2,100}?,)?\s+"
        + @"(?:(?<cue>saying|adding|noting|warning|arguing|stating|insisting|writing)(?:\s+that)?\s*[,:]?"
        + @"|(?<cue>calling|dubbing)\s+(?:it|them|this|that|(?:the|his|her|their|its)\s+[\p{L}-]+)(?:\s+(?:a|an|the))?)\s*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// "“…,” according to its website", "“…,” according to their filing": a document of an organisation the text points back to with
    /// "its" or "their" is that organisation's words.
    /// </summary>
    private static Attribution? ItsDocument(Context ctx, string after, int closeEnd)
    {
        return AccordingToItsDocument().IsMatch(after) ? OrganisationItsMeans(ctx, closeEnd, "according to", "quotes.according-to.its-document") : null;
    }

    /// <summary>The organisation "its" or "their" at <paramref name="at"/> points back to, as the speaker of its document; or null.</summary>
    private static Attribution? OrganisationItsMeans(Context ctx, int at, string cue, string rule) =>
        Antecedent(ctx, at, null, "ORG") is { } org ? new Attribution(org.Name, org.EntityId, cue, rule, 0.7) : null;

    [GeneratedRegex(@"^\s*[,—–-]?\s*according\s+to\s+(?:its|their)\s+" + OwnDocument + @"\b",
        RegexOptions.CultureInvariant)]
    private static partial Regex AccordingToItsDocument();

    /// <summary>Lower-case words that end in a document noun, right after a name: "court filings", "regulatory documents", "records".</summary>
    private static Regex NameQualifiesDocument() => NameQualifiesDocumentPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex NameQualifiesDocumentPattern = new(
        @"\G\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:documents?|filings?|records|papers|transcripts?|statements?|releases?|reports?|memos?|letters?)\b",
        RegexOptions.CultureInvariant);

    /// <summary>An attribution that names its speaker, else null: a document whose issuer the text does not name is "-unnamed".</summary>
    private static Attribution? Named(Attribution? a) => a is { Speaker.Length: > 0 } ? a : null;

    /// <summary>The names of documents a quotation is read from.</summary>
    private const string Documents = "(?:" + DocumentNouns + ")";

    private const string DocumentNouns = @"statement|release|letter|note|memo|notice|filing|post|message|e-?mail|transcript|recording|document|minutes|report";

    /// <summary>The verbs a document speaks with ("a statement said", "the letter reads").</summary>
    private const string DocumentCues = "said|says|read|reads|stated|states";

    /// <summary>"“…,” Marcus Dell's statement reads", "“…,” the company's statement said": the document's owner is its author.</summary>
    private static Regex AfterPossessiveDocument() => AfterPossessiveDocumentPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex AfterPossessiveDocumentPattern = new(
        @"^\s*[,—–-]?\s*(?<sp>the\s+\p{Ll}[\p{L}-]*|[A-Z][\p{L}.'’-]+(?:\s+[A-Z][\p{L}.'’-]+){0,3})[’']s?\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}?"
        + Documents + @"\s+(?:\w+ly\s+)?(?<cue>" + DocumentCues + @"|added|noted|warned)\b", RegexOptions.CultureInvariant);

    /// <summary>"“…,” said a Tarnwell statement", "“…,” a Tarnwell Group release read": the name set before the document is its issuer.</summary>
    [GeneratedRegex(@"^\s*[,—–-]?\s*(?:(?<cue>" + DocumentCues + @")\s+)?(?:[Aa]n?|[Tt]he)\s+"
        + @"(?<sp>[A-Z][\p{L}.'’&-]+(?:\s+[A-Z][\p{L}.'’&-]+){0,3})\s+(?:\p{Ll}[\p{L}-]*\s+)?" + Documents
        + @"(?(cue)(?=\s*[.,;]|\s+(?:on|in|at|from|to|issued|released)\b)|\s+(?:\w+ly\s+)?(?<cue>" + DocumentCues + @")\b)",
        RegexOptions.CultureInvariant)]
    private static partial Regex AfterAttributiveDocument();

    /// <summary>
    /// "A statement from the company's board said:", "A brief release by its owner read,", "A notice on Tarvia's website, …, says:",
    /// "The statement on its website says,": a document and its issuer (or the owner of the site it is posted on) open the sentence.
    /// </summary>
    private static Regex DocumentBefore() => DocumentBeforePattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex DocumentBeforePattern = new(@"^\s*(?:[Aa]n?|[Tt]he|[Ii]ts|[Tt]heir)\s+(?:\p{Ll}[\p{L}'’-]*\s+){0,2}?" + Documents
        + @"\s+(?:(?:issued|released|published|signed|posted|sent)\s+)?(?:(?:by|from)\s+(?<sp>[^,:;.“”""]{2,60}?)"
        + @"|(?:on|at)\s+(?:(?<its>its|their)|(?<sp>[^,:;.“”""\s][^,:;.“”""]{0,58}?)['’]s?)\s+(?:web\s?site|site|page|homepage|blog|account|feed)"
        + @"(?:,[^:;“”""]{0,160},)?)\s+"
        + @"(?<cue>" + DocumentCues + @"|added)\s*[,:]\s*$", RegexOptions.CultureInvariant);

    /// <summary>
    /// "“…,” according to a transcript of the call", "“…,” according to a statement from the Ports Authority", "according to court filings",
    /// "according to a statement the Ports Authority issued": the issuer after "from" or "by", or as the subject of a relative clause.
    /// </summary>
    private static Regex AccordingToDocument() => AccordingToDocumentPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex AccordingToDocumentPattern = new(
        @"^\s*[,—–-]?\s*according\s+to\s+(?:(?<art>a|an|the)\s+)?(?<mods>(?:\p{Ll}[\p{L}-]*\s+){0,2}?)(?<doc>" + DocumentNouns
        + @")(?<plural>s)?\b(?:\s+(?:(?:issued|released|published|posted)\s+)?(?:from|by)\s+(?<sp>[^,:;.“”""]{2,60}?)(?=\s*[,.;:]|\s*$)"
        + @"|\s+(?:that\s+|which\s+)?(?:the\s+)?(?<sp>[A-Z][\p{L}.'’&-]+(?:\s+[A-Z][\p{L}.'’&-]+){0,4})\s+(?:had\s+|has\s+)?"
        + @"(?:made|issued|released|published|posted|sent|filed|put\s+out)\b)?",
        RegexOptions.CultureInvariant);

    private const RegexOptions Culture = RegexOptions.CultureInvariant;

    /// <summary>
    /// A modal report ("would later say"), or "“…,” Roe charged.": a verb of reporting-verbs-after-quote.tsv, which attributes only in
    /// the clause right after a quotation, before a stop, a comma or a semicolon.
    /// </summary>
    private static readonly string ModalOrClosingReport = ModalReport + "|"
        + Text.Lexicon.AlternationPattern("(?<cue>", "reporting-verbs-after-quote.tsv", @")(?=\s*[.,;!?])");

    /// <summary>
    /// "would later write", "will tell": a modal, perhaps an adverb, then a reporting verb's base form. Only after a modal: a bare
    /// "say" is too often no report ("analysts say prices will rise").
    /// </summary>
    private const string ModalReport = @"(?:would|will)\s+(?:later\s+|also\s+|\w+ly\s+)?(?<cue>say|write|tell|add|recall|explain|argue|insist|warn|admit|note)";

    /// <summary>The end of "According to X, “…”", with an apposition after the source: "According to Ann Roe, editor of the Gazette, “…”".</summary>
    /// <summary>
    /// A source's own page or document after its possessive ("its website", "X's official statement", "their court filings"):
    /// up to two lower-case words, then a web page's or a document's noun.
    /// </summary>
    private const string OwnDocument = @"(?:\p{Ll}[\p{L}-]*\s+){0,2}?(?:website|site|blog|page|account|" + DocumentNouns + ")";
}
