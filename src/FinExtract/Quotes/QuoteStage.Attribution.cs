using System.Text.RegularExpressions;
using FinExtract.Documents;

namespace FinExtract.Quotes;

/// <summary>
/// Attributing a quotation: the reporting clause after or before it, "quoted as saying", and an own sentence that reports
/// it.
/// </summary>
public sealed partial class QuoteStage
{
    /// <summary>
    /// A reporting clause whose speaker is described, not named ("wrote one user", "an officer said"): the quotation has no
    /// speaker, unless the clause goes on to name the person it describes ("said an economist for the Board, Ivo Kessler",
    /// "said a skeptical Rob Wolf").
    /// </summary>
    private Quote? DescribedSpeaker(Article article, QuotedSpan s, Around around, double kind)
    {
        var (closeEnd, _, pEnd, after, _) = around;
        var m = _afterUnnamed.Match(after);
        if (!m.Success) return null;
        string cue = CueVerb(m.Groups["cue"].Value);
        int from = closeEnd + m.Index + m.Length;
        int si = Text.Sentence.IndexAt(article.Sentences, from);
        int stop = Math.Min(Math.Min(pEnd, from + 200), si >= 0 ? article.Sentences[si].End : pEnd);
        string body = article.Body;
        var person = article.Entities.Where(x => x.Type == "PERSON" && x.Start >= from && x.End <= stop).OrderBy(x => x.Start)
            .FirstOrDefault(x => x.Start == from + 1 || PrecededBy(body, x.Start, NamingJoins, StringComparison.Ordinal));
        return person != null
            ? new Quote(s.Start, s.End, person.Name, person.EntityId, cue, "quotes.after.described-person", Math.Round(0.75 * kind, 3))
            : new Quote(s.Start, s.End, "", "", cue, "quotes.unnamed-speaker", Math.Round(0.6 * kind, 3));
    }

    /// <summary>What leads from a description to the name of whom it describes: an apposition's comma, "by".</summary>
    private static readonly string[] NamingJoins = { ",", " by" };

    /// <summary>Whether a reporting clause follows the quotation in its paragraph, whoever it names ("…,” the governor said").</summary>
    private bool ReportedAfter(Around around)
    {
        string after = around.After;
        // the quotation hands over to its clause with a comma (or ends in ! or ?); after a period a new sentence starts
        bool handsOver = around.CommaHandOver || around.Quoted.Length > 0 && around.Quoted[^1] is '!' or '?';
        return handsOver && (_after.IsMatch(after) || _afterVerbFirst.IsMatch(after) || _afterUnnamed.IsMatch(after));
    }

    private static bool IsEndPunct(char c) => c is '.' or ',' or '!' or '?' or ';' or ':';

    private readonly record struct Attribution(string Speaker, string EntityId, string Cue, string Rule, double Confidence);

    /// <summary>
    /// The quotation's speaker as a reporting clause gives it. An office that names no one the text knows ("the governor said")
    /// counts only in a clause the quotation hands over to with a comma, or one that introduces it ("the governor said: “…”");
    /// elsewhere it is another sentence's subject ("… “close attention.” The governor said so twice.") or a term's ("the mayor
    /// announced a ‘toxicity charge’").
    /// </summary>
    private Attribution? Attribute(Article article, Context ctx, QuotedSpan s, Around around)
    {
        var a = LanguageClause(article, ctx, s, around) ?? QuotedAsSaying(ctx, s, around) ?? AttributeClause(article, ctx, s, around);
        if (a is not { } found || !NamesOnlyAnOffice(found.Rule)) return a;
        int from = Math.Max(0, s.OpenAt - 80);
        return around.CommaHandOver || _introduced.IsMatch(article.Body.AsSpan(from, s.OpenAt - from)) ? a : null;
    }

    /// <summary>Whether a speaker came from an office the text gave no one (<see cref="ResolveRole"/>'s last two answers).</summary>
    private static bool NamesOnlyAnOffice(string rule) =>
        rule.EndsWith(".role-unresolved", StringComparison.Ordinal) || rule.EndsWith(".role-antecedent", StringComparison.Ordinal);

    /// <summary>
    /// "“…,” the agency quoted Finance Director Olga Petrova as saying", "Interfax quoted Olga Petrova as saying: “…”" (or reported,
    /// or cited her as saying): the person a source is said to have quoted is the speaker, not the source, nor the subject of the
    /// sentence before.
    /// </summary>
    private static Attribution? QuotedAsSaying(Context ctx, QuotedSpan s, Around around)
    {
        var m = around.CommaHandOver ? QuotedAsAfter().Match(around.After) : Match.Empty;
        int at = around.CloseEnd;
        if (!m.Success)
        {
            int from = Math.Max(around.PStart, s.OpenAt - 200);
            // "X, a manager at Y, is quoted by (or in) the Daily Ledger as saying, “…”": the subject of the passive
            m = QuotedByAsBefore().Match(ctx.Body, from, s.OpenAt - from);
            if (!m.Success) m = QuotedAsBefore().Match(ctx.Body, from, s.OpenAt - from);
            at = 0;
        }
        if (!m.Success) return null;
        int start = at + m.Groups["who"].Index, end = start + m.Groups["who"].Length;
        var person = ctx.Entities.Where(x => x.Type == "PERSON" && x.Start >= start && x.End <= end).OrderBy(x => x.Start).FirstOrDefault();
        return person == null ? null : new Attribution(person.Name, person.EntityId, m.Groups["cue"].Value, "quotes.quoted-as-saying", 0.85);
    }

    private static Regex QuotedAsAfter() => QuotedAsAfterPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex QuotedAsAfterPattern = new(
        @"^\s*[,—–-]?\s*[^.!?“”""]{0,80}?\b(?<cue>quoted|quotes|reported|reports|cited|cites)\s+(?<who>[^.!?“”""]{2,80}?)"
        + @"\s+as\s+(?:saying|telling|stating|writing)\b",
        RegexOptions.CultureInvariant);

    private static Regex QuotedAsBefore() => QuotedAsBeforePattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex QuotedAsBeforePattern = new(@"\b(?<cue>quoted|quotes|reported|reports|cited|cites)\s+(?<who>[^.!?“”""]{2,80}?)\s+as\s+"
        + @"(?:(?:saying|stating|writing)(?:\s+[^.!?“”"":]{1,50}?:)?|telling\s+[^.!?“”""]{1,40}?)\s*[,:]?\s*$",
        RegexOptions.CultureInvariant);

    /// <summary>Read right to left from the opening mark, so a region without "as saying" at its end is rejected at once.</summary>
    private static Regex QuotedByAsBefore() => QuotedByAsBeforePattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex QuotedByAsBeforePattern = new(
        @"(?<who>[^.!?“”""]{2,120})\s+(?:is|was|were|has\s+been)\s+(?<cue>quoted|cited)\s+(?:by|in)\s+[^.!?“”""]{2,60}?\s+as\s+"
        + @"(?:saying|stating|writing)\s*[,:]?\s*$", RegexOptions.CultureInvariant | RegexOptions.RightToLeft);

    /// <summary>
    /// The rest of the quotation's sentence after its closing mark, at most 100 characters: empty when the quotation ends its sentence
    /// and the next one starts ("… not used.” Over 90% of …, according to …" is the next sentence's source).
    /// </summary>
    private static string OwnSentenceAfter(string after, bool quoteEndsSentence)
    {
        string head = after.Length > 100 ? after[..100] : after;
        string trimmed = head.TrimStart();
        if (quoteEndsSentence && trimmed.Length > 0 && char.IsUpper(trimmed[0])) return "";
        var end = SentenceEndAfter().Match(head);
        return end.Success ? head[..end.Index] : head;
    }

    [GeneratedRegex(@"[.!?][""”’']?\s+(?=\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndAfter();

    /// <summary>
    /// The speaker a clause around the quotation names, in order: a credit line, a sentence naming its source after it, the
    /// clause it hands over to ("…,” X said"), one with the verb first ("said X"), a document or statement, the clause before
    /// it ("X said: “…”"), then "according to X"; null when none names anyone.
    /// </summary>
    private Attribution? AttributeClause(Article article, Context ctx, QuotedSpan s, Around around)
    {
        string body = article.Body;
        var spans = ctx.Spans;
        var (closeEnd, pStart, pEnd, after, _) = around;
        if (CreditLine(article, closeEnd, pEnd) is { } credit) return credit;
        if (around.CommaHandOver && NameWithApposition(ctx, closeEnd, pEnd) is { } named) return named;
        int from = Math.Max(pStart, s.OpenAt - 200);
        // The speaker before a quotation is in the quotation's own sentence ("... said Jane Roe. Tamsin Okoro, chief
        // economist at X, said: “…”" is Okoro's): the window starts where that sentence starts.
        if (ctx.SentenceOf(s.OpenAt) is int si and >= 0 && article.Sentences[si].Start > from && article.Sentences[si].Start < s.OpenAt)
            from = article.Sentences[si].Start;
        string before = body.Substring(from, s.OpenAt - from);
        // "A source said, “We are done.” Jane Roe said ...": a quoted sentence its own clause introduces owes nothing to the next one
        // ...as does a quoted fragment that ends a sentence it did not open ("… said the levy would “hurt every grocer.” Lena Marsh
        // said the council …"): its speaker is in its own sentence, and the next one reports other words
        bool fragment = around.EndsSentence && AfterAWord(body, s.OpenAt, pStart);
        bool introduced = around.EndsSentence && _introduced.IsMatch(before) || fragment;
        var m = around.EndsSentence ? _sourceAfter.Match(after) : Match.Empty;
        if (m.Success) return Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value, "quotes.after.source-sentence", 0.8,
            s.Start);
        if (!introduced && _afterUnnamedAside.IsMatch(after)) return null; // the description's own words name no speaker
        m = _after.Match(after);
        bool nextSentence = m.Success && ReportsNextSpeech(ctx, s, around, after, m);
        if (!introduced && m.Success && !nextSentence)
            return Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value, "quotes.after.speaker-verb", 0.9, s.Start);
        // ...unless the next sentence's speaker is the one the fragment's own sentence names ("X posting “…” X told the paper")
        if (fragment && m.Success && !nextSentence
            && Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value, "quotes.after.speaker-verb", 0.9, s.Start)
                is { EntityId.Length: > 0 } same && ctx.Entities.Any(e => e.EntityId == same.EntityId && e.Start >= from && e.End <= s.OpenAt))
            return same;
        m = _afterVerbFirst.Match(after);
        if (!introduced && m.Success && PersonAfterTitleCaseRole(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Length) is { } titled)
            return new Attribution(titled.Name, titled.EntityId, CueVerb(m.Groups["cue"].Value), "quotes.after.verb-speaker.role", 0.85);
        if (!introduced && m.Success) return Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value,
            "quotes.after.verb-speaker", 0.9, s.Start);
        if (!introduced && _afterProfessionals.Match(after) is { Success: true } pm && FirmOfProfessionals(ctx, pm.Groups["w"].Value, s.OpenAt) is { } firm)
            return new Attribution(firm.Name, firm.EntityId, CueVerb(pm.Groups["cue"].Value), "quotes.after.professionals-of-firm", 0.75);
        m = _afterVerbNoun.Match(after);
        if (!introduced && m.Success && PersonAt(ctx, closeEnd + m.Groups["sp"].Index) is { } described)
            return new Attribution(described.Name, described.EntityId, CueVerb(m.Groups["cue"].Value), "quotes.after.verb-described-person", 0.85);
        // "said charity Tarvia Relief Fund": a word for a kind of body before the body's name
        if (!introduced && m.Success && DescriptorWord(after[..m.Groups["sp"].Index].TrimEnd()) != null
            && OrganisationAt(ctx, closeEnd + m.Groups["sp"].Index) is { } kindOfBody)
            return new Attribution(kindOfBody.Name, kindOfBody.EntityId, CueVerb(m.Groups["cue"].Value), "quotes.after.verb-described-organisation", 0.8);
        m = _afterVerbLower.Match(after);
        if (!introduced && m.Success && PersonEndingRole(ctx, closeEnd + m.Index + m.Length) is { } holder)
            return new Attribution(holder.Name, holder.EntityId, CueVerb(m.Groups["cue"].Value), "quotes.after.verb-role-person", 0.8);
        m = _afterDocument.Match(after);
        if (!m.Success) m = AfterPossessiveDocument().Match(after);
        if (!m.Success) m = AfterAttributiveDocument().Match(after);
        if (!introduced && m.Success) return Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value,
            "quotes.after.document", 0.85, s.Start);
        m = _beforeEnd.IsMatch(before) ? _before.Match(before) : Match.Empty;
        if (m.Success && UnnamedWithRelative().IsMatch(before.AsSpan(0, m.Groups["sp"].Index)))
            return new Attribution("", "", CueVerb(m.Groups["cue"].Value), "quotes.unnamed-speaker", 0.6);
        if (m.Success) return Resolve(ctx, from + m.Groups["sp"].Index, m.Groups["sp"].Value, m.Groups["cue"].Value, "quotes.before.speaker-verb",
            0.85, s.Start);
        // "According to Jane Roe, “…”": the source named in the clause that opens the quotation's sentence
        m = _accordingBefore.Match(before);
        if (m.Success) return Resolve(ctx, from + m.Groups["sp"].Index, m.Groups["sp"].Value, "according to", "quotes.according-to.before", 0.8, s.Start);
        m = _accordingOpening.Match(before);
        if (m.Success && !_verbWord.IsMatch(m.Groups["rest"].Value))
            return Resolve(ctx, from + m.Groups["sp"].Index, m.Groups["sp"].Value, "according to", "quotes.according-to.sentence", 0.75, s.Start);
        // "…, with Ana Roe saying “…”, according to the Post": the participle names the speaker; the paper after is the source
        if (WithNameSaying(ctx, before, from) is { } with) return with;
        m = _according.Match(OwnSentenceAfter(after, around.EndsSentence));
        if (m.Success && NamedDocument(ctx, after, closeEnd, m) is { } namedDocument) return namedDocument;
        if (m.Success) return Resolve(ctx, closeEnd + m.Groups["sp"].Index, m.Groups["sp"].Value, "according to", "quotes.according-to", 0.8, s.Start);
        if (DocumentSource(ctx, before, from, after, closeEnd, s.Start) is { } document) return document;
        if (PossessiveWords(ctx, before, from) is { } owned) return owned;
        if (ItsDocument(ctx, after, closeEnd) is { } its) return its;
        return (introduced || nextSentence ? null : AfterClause(ctx, closeEnd, pEnd)) ?? SentenceSubject(ctx, s, pStart);
    }
}
