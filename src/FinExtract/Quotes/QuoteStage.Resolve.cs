using System.Text.RegularExpressions;
using FinExtract.Entities;

namespace FinExtract.Quotes;

/// <summary>
/// From the words of a reporting clause to the entity that speaks: people, offices and their holders, organisations, places
/// beside them.
/// </summary>
public sealed partial class QuoteStage
{
    private static Attribution? Resolve(Context ctx, int at, string sp, string cue, string rule, double conf, int quoteStart)
    {
        cue = CueVerb(cue);
        // "But Quillan added, “…”": a connective that opens the sentence is no part of the name after it
        if (ConnectiveBeforeName().Match(sp) is { Success: true } connective) (at, sp) = (at + connective.Length, sp[connective.Length..]);
        var entities = ctx.Entities;
        // "according to him": an object pronoun points back as its subject form does
        sp = sp switch { "him" => "he", "her" => "she", "them" => "they", _ => sp };
        if (Pronouns.Contains(sp))
        {
            // "it" is an organisation; "they" is whoever the latest sentence naming a person or an organisation is about
            // (a singular "they" for a person as much as a company); "he" and "she" are people.
            // "A second neighbour spoke next. “…,” he said.": a person the sentence before only describes
            if (sp.ToLowerInvariant() is "he" or "she" && UnnamedPersonBefore(ctx, Math.Min(at, quoteStart)))
                return new Attribution("", "", cue, rule + ".pronoun-unnamed", conf * 0.8);
            var e = sp.ToLowerInvariant() switch
            {
                "it" => DescribedSubjectBefore(ctx, Math.Min(at, quoteStart), out var described) ? described
                    : Antecedent(ctx, at, null, "ORG") ?? Antecedent(ctx, at, null, "PERSON"),
                "they" => PluralSubjectBefore(ctx, Math.Min(at, quoteStart)) ? null : Antecedent(ctx, at, null, "PERSON", "ORG"),
                var heOrShe => Antecedent(ctx, at, heOrShe == "she" ? "f" : "m", "PERSON"),
            };
            if (sp.ToLowerInvariant() is "he" or "she" && SpokespersonOrganisation(ctx, Math.Min(at, quoteStart), sp.ToLowerInvariant() == "she" ? "f" : "m", e)
                is { } represented)
                return new Attribution(represented.Name, represented.EntityId, cue, rule + ".pronoun-spokesperson", conf * 0.85);
            // "“Ivo is a good son,” he told a paper": a person the quotation speaks of by name is not who speaks it
            if (e != null && e.Type == "PERSON" && QuotationNames(ctx, quoteStart, e)) e = null;
            return e == null ? new Attribution("", "", cue, rule + ".pronoun-unresolved", conf * 0.5)
                : new Attribution(e.Name, e.EntityId, cue, rule + ".pronoun", conf * 0.9);
        }
        if (RoleDescriptor.Match(sp) is { Success: true } rm) return ResolveRole(ctx, at, sp, rm, cue, rule, conf);
        if (sp.StartsWith("the ", StringComparison.OrdinalIgnoreCase) || sp.StartsWith("a ", StringComparison.OrdinalIgnoreCase)
            || sp.StartsWith("an ", StringComparison.OrdinalIgnoreCase))
            return ResolvePhrase(ctx, at, sp, cue, rule, conf);
        // "explained Harlow. Jeremy Batts said …": the words of a name end at a full stop after a word longer than an initial or "Jr"
        if (SentenceEndInName().Match(sp) is { Success: true } stop) sp = sp[..stop.Index];
        int end = at + sp.Length;
        // the name's words may stop short of the person they introduce ("said Harlow Police Sgt. Ivo Marsh"): a person right after them counts
        var named = entities.Where(x => x.Start < end && at < x.End && x.Type is "PERSON" or "ORG"
                || x.Type == "PERSON" && x.Start == end + 1 && ctx.Body[end] == ' ').OrderBy(x => x.Type == "PERSON" ? 0 : 1)
            .ThenBy(x => x.Start).FirstOrDefault();
        // "said Delaware senator Ed Kaufman": a place, a role, then the person who holds it
        if (named == null && entities.Any(x => x.Type == "LOCATION" && x.Start < end && at < x.End) && RoleHolderAfter(ctx, end) is { } roleHolder)
            return new Attribution(roleHolder.Name, roleHolder.EntityId, cue, rule + ".role", conf * 0.95);
        if (named != null && named.Type == "ORG" && SpeakerBesideOrganisation(ctx, at, sp, named, cue, rule, conf) is { } beside) return beside;
        if (named == null && PersonBeforePlace(ctx, at, end) is { } placed)
            return new Attribution(placed.Name, placed.EntityId, cue, rule + ".affiliation", conf * 0.9);
        if (named is { Type: "PERSON" } && RelativeInApposition(ctx, named.End) is { } relative)
            return new Attribution(relative.Name, relative.EntityId, cue, rule + ".appositive", conf * 0.95);
        // "Sue Roe, the owner and trainer of Rex commented": a person at the end of another's unclosed apposition is its object
        if (named is { Type: "PERSON" } && rule.StartsWith("quotes.before", StringComparison.Ordinal)
            && PersonJoinedBefore(ctx, named.Start, 70, between => UnclosedAppositive().IsMatch(between)) is { } holder)
            return new Attribution(holder.Name, holder.EntityId, cue, rule + ".appositive", conf * 0.9);
        if (named != null) return new Attribution(named.Name, named.EntityId, cue, rule, conf);
        // A surname alone: the person named with it earlier.
        string last = sp.Split(' ')[^1].TrimEnd('.', ',');
        var bySurname = PeopleWithSurname(ctx, last).MinBy(x => x.Start);
        if (bySurname != null) return new Attribution(bySurname.Name, bySurname.EntityId, cue, rule + ".surname", conf * 0.9);
        return Untyped(ctx, at, sp, cue, rule, conf);
    }

    /// <summary>Who the capitalised words <paramref name="sp"/> at <paramref name="at"/>, which the entity stage did not type, are.</summary>
    private static Attribution? Untyped(Context ctx, int at, string sp, string cue, string rule, double conf)
    {
        int end = at + sp.Length;
        // A capitalised name the entity stage did not know: keep the words, without an entity id.
        // ...the possessive aside ("Air America's statement said")
        string words = sp.TrimEnd('.', ',');
        if (words.EndsWith("'s", StringComparison.Ordinal) || words.EndsWith("’s", StringComparison.Ordinal)) words = words[..^2];
        if (IsOffice(words)) return OfficeHolderAfter(ctx, at, at + sp.Length, cue, rule, conf);
        // "the regulator Tarvnadzor, Oleg Mitrin, said": a person in apposition to words the entity stage did not type speaks
        if (AppositivePerson(ctx, end) is { } apposed) return new Attribution(apposed.Name, apposed.EntityId, cue, rule + ".appositive", conf * 0.9);
        bool pluralSubject = PluralAgentNoun().IsMatch(words) && ctx.SentenceOf(at) is int si and >= 0 && ctx.Sentences[si].Start == at;
        // "John Roe, a director at the NGO said": an apposition the writer left unclosed, before words the entity stage did not type;
        // "chief analyst Ana Roe for Tarvel Research said": the words are where the person works
        if (PersonJoinedBefore(ctx, at, 70, between => UnclosedAppositive().IsMatch(between) || AffiliationJoin().IsMatch(between)) is { } member)
            return new Attribution(member.Name, member.EntityId, cue, rule + ".affiliation", conf * 0.9);
        if (IsSentenceWord(sp) || pluralSubject || GovernedPlace(ctx, at, end)) return null;
        // "People said ...", "Worse still, ...": one capitalised word that opens a sentence and that the article also writes in lower
        // case is a common word, no speaker; a body or a role's holder named after it may be
        if (CommonWordOpeningSentence(ctx, at, words)) return NamedAfterUntyped(ctx, end, cue, rule, conf);
        // "said Greek prime minister", "Democratic members of X stated": a nationality or a party before a lower-case role names no one (a
        // party before its verb speaks: "Labour stated")
        bool unnamed = words.Split(' ').All(Entities.EntityLexicon.Demonyms.Contains) && LowerCaseWordAt(ctx.Body, end + 1) is { Length: > 0 } role
            && !cue.StartsWith(role, StringComparison.Ordinal);
        return NamedAfterUntyped(ctx, end, cue, rule, conf)
            ?? (unnamed ? new Attribution("", "", cue, "quotes.unnamed-speaker", 0.6) : new Attribution(words, "", cue, rule + ".unlinked", conf * 0.7));
    }

    /// <summary>Who a phrase opening with an article stands for ("the spokeswoman for X, Jane Roe", "the carmaker", "the charity X").</summary>
    private static Attribution? ResolvePhrase(Context ctx, int at, string sp, string cue, string rule, double conf)
    {
        var entities = ctx.Entities;
        // "the spokeswoman for Northwind, Jane Roe, said": a person set in apposition to the phrase is who it describes
        if (AppositivePerson(ctx, at + sp.Length) is { } named0)
            return new Attribution(named0.Name, named0.EntityId, cue, rule + ".appositive", conf * 0.95);
        // "said the company’s chief executive, Jane Roe", "the charity’s director Ivo Marsh": the role's holder named after it speaks,
        // not the company
        if (RoleHolderAfter(ctx, at + sp.Length) is { } holderAfter
            && (ctx.Body.AsSpan(at + sp.Length, holderAfter.Start - at - sp.Length).TrimEnd().EndsWith(",") || PossessiveAt(ctx.Body, at + sp.Length)))
            return new Attribution(holderAfter.Name, holderAfter.EntityId, cue, rule + ".role-appositive", conf * 0.95);
        // "Writing in The Harlow Mirror Mina said": a person the words end with, after a title's name, speaks
        if (entities.FirstOrDefault(x => x.Type == "PERSON" && x.Start > at && x.End == at + sp.TrimEnd().Length) is { } person)
            return new Attribution(person.Name, person.EntityId, cue, rule, conf);
        // "said the charity Tarvia Relief Fund": the kind of body, then its name
        if (DescriptorWord(sp) != null && OrganisationRightAfter(ctx, at + sp.Length) is { } namedAfter)
            return new Attribution(namedAfter.Name, namedAfter.EntityId, cue, rule + ".organisation", conf * 0.85);
        var inner = entities.FirstOrDefault(x => x.Start >= at && x.End <= at + sp.Length && x.Type == "ORG");
        // "a spokesperson for the Quorvin market" where the entity stage typed no body: the body it names is not one named before
        if (inner == null && sp.Contains("spokes", StringComparison.Ordinal) && sp.Contains(" for ", StringComparison.Ordinal))
            return new Attribution("", "", cue, rule + ".organisation-unresolved", conf * 0.5);
        // ...else the organisation named before that the phrase describes
        bool onlyOfItsName = false;
        // "a police spokesman", "a transport ministry spokeswoman": the body the lower-case words describe, not any named before
        var e = inner ?? (SpokespersonQualifier().Match(sp) is { Success: true } sq ? SpokespersonBody(ctx, at, sq.Groups["q"].Value)
            : DescribedOrganisation(ctx, at, sp, out onlyOfItsName));
        if (e != null) return new Attribution(e.Name, e.EntityId, cue, rule + ".organisation", conf * 0.85);
        // "the union said" where no union is named: the phrase is the speaker, whom the text does not name
        return new Attribution("", "", cue, rule + ".organisation-unresolved", conf * 0.5);
    }

    /// <summary>Whether a possessive ending ("’s", "'s") stands at <paramref name="at"/>.</summary>
    private static bool PossessiveAt(string body, int at) => at + 1 < body.Length && body[at] is '’' or '\'' && body[at + 1] == 's';

    /// <summary>The organisation whose name starts right after <paramref name="at"/> and a space, or null.</summary>
    private static EntityMention? OrganisationRightAfter(Context ctx, int at) =>
        at < ctx.Body.Length && ctx.Body[at] == ' ' ? OrganisationAt(ctx, at + 1) : null;

    /// <summary>The lower-case word at <paramref name="at"/>, right after a space, or "".</summary>
    private static string LowerCaseWordAt(string body, int at)
    {
        int e = at;
        while (e < body.Length && char.IsLower(body[e])) e++;
        return at > 0 && at <= body.Length && body[at - 1] == ' ' ? body[at..e] : "";
    }

    private static bool CommonWordOpeningSentence(Context ctx, int at, string words) =>
        !words.Contains(' ') && words.Length > 1 && ctx.SentenceOf(at) is int si and >= 0 && ctx.Sentences[si].Start == at
        && Text.Words.Contains(ctx.Body, words.ToLowerInvariant());

    /// <summary>
    /// Who capitalised words the entity stage did not type (ending at <paramref name="end"/>) lead on to: "said Chief Xbox officer Ana
    /// Roe" (a lower-case role, then the person who holds it), "US agricultural firm Tarn said" (a kind of body, then the organisation).
    /// </summary>
    private static Attribution? NamedAfterUntyped(Context ctx, int end, string cue, string rule, double conf)
    {
        if (RoleHolderAfter(ctx, end) is { } holder) return new Attribution(holder.Name, holder.EntityId, cue, rule + ".role", conf * 0.9);
        if (ctx.Entities.Where(x => x.Type == "ORG" && x.Start > end && x.Start - end <= 40).MinBy(x => x.Start) is { } body
            && KindOfBodyBetween().Match(ctx.Body, end, body.Start - end) is { Success: true } kind
            && OrganisationDescriptors.Contains(kind.Groups["kind"].Value))
            return new Attribution(body.Name, body.EntityId, cue, rule + ".organisation", conf * 0.85);
        return null;
    }

    /// <summary>" group the ", " agricultural firm ": lower-case words that end in a kind of body (organisation-descriptors.tsv) before its name.</summary>
    [GeneratedRegex(@"^\s+(?:\p{Ll}[\p{L}-]*\s+){0,2}(?<kind>\p{Ll}[\p{L}-]*)\s+(?:the\s+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex KindOfBodyBetween();

    /// <summary>
    /// Whether the words at <paramref name="at"/> are a place that a preposition governs ("the leading supplier in the United Kingdom,
    /// a Harlow firm, has said"): part of a phrase about the speaker, not the speaker.
    /// </summary>
    private static bool GovernedPlace(Context ctx, int at, int end)
    {
        if (!ctx.Entities.Any(x => x.Type == "LOCATION" && x.Start <= at && x.End >= end)) return false;
        var before = ctx.Body.AsSpan(0, at).TrimEnd();
        int from = before.EndsWith(" the", StringComparison.OrdinalIgnoreCase) ? before.Length - 4 : at;
        return PrecededBy(ctx.Body, from, PlacePrepositions, StringComparison.OrdinalIgnoreCase);
    }

    private static readonly string[] PlacePrepositions = { " in", " at", " from", " of", " across", " to", " near", " throughout", " within" };

    /// <summary>
    /// Who speaks when the words of a reporting clause name an organisation: a person of that surname, the holder of a role of it,
    /// or the person it is the affiliation of; null when the organisation itself speaks.
    /// </summary>
    private static Attribution? SpeakerBesideOrganisation(Context ctx, int at, string sp, EntityMention named, string cue, string rule, double conf)
    {
        // "Ratan Tata … “…,” Tata said": a named person's surname is that person, even where it was linked to a company of that name
        if (!sp.Contains(' ') && PersonBySurname(ctx, sp, at) is { } namesake)
            return new Attribution(namesake.Name, namesake.EntityId, cue, rule + ".surname", conf * 0.9);
        // "said Goldman Sachs analyst Jane Roe", "commented Northwind partner, Tomas Ilvers": the organisation is the
        // speaker's employer; the person named after the role is the speaker.
        if (RoleHolderAfter(ctx, named.End) is { } person)
            return new Attribution(person.Name, person.EntityId, cue, rule + ".role", conf * 0.95);
        // "CEO of Tarnwell, Gareth Hollis, said": an office of the organisation, then its holder in apposition
        if (RoleOfOrganisation(ctx.Body, named.Start) && AppositivePerson(ctx, named.End) is { } holder)
            return new Attribution(holder.Name, holder.EntityId, cue, rule + ".role-appositive", conf * 0.95);
        // "Jane Roe of Northwind said", "an analyst at Northwind wrote": the organisation is the affiliation of the person before it
        // ...and "Tim Roe, the chief investment officer for Northwind said": an apposition the writer left unclosed
        if (PersonJoinedBefore(ctx, named.Start, 70, between => AffiliationJoin().IsMatch(between) || UnclosedAppositive().IsMatch(between)
            || OfficeBetweenCommas(between)) is { } member)
            return new Attribution(member.Name, member.EntityId, cue, rule + ".affiliation", conf * 0.95);
        return null;
    }

    /// <summary>", Chairman, ", ", chief executive officer, ": an office alone between commas, as a signature line sets a person's office
    /// between their name and their organisation ("Ivo Marsh, Chairman, Tarvia Appeals Board, said").</summary>
    private static bool OfficeBetweenCommas(ReadOnlySpan<char> between)
    {
        var t = between.Trim();
        return t.Length > 2 && t[0] == ',' && t[^1] == ',' && IsOffice(t[1..^1].Trim().ToString());
    }

    /// <summary>The mentions of people named in full whose last word is <paramref name="surname"/>.</summary>
    private static IEnumerable<EntityMention> PeopleWithSurname(Context ctx, string surname) =>
        ctx.Entities.Where(x => x.Type == "PERSON" && x.Name.EndsWith(" " + surname, StringComparison.Ordinal));

    /// <summary>The person named in full before <paramref name="at"/> whose last word is <paramref name="surname"/>, if exactly one is.</summary>
    private static EntityMention? PersonBySurname(Context ctx, string surname, int at)
    {
        var people = PeopleWithSurname(ctx, surname).Where(x => x.Start < at).GroupBy(x => x.EntityId).ToList();
        return people.Count == 1 ? people[0].First() : null;
    }

    /// <summary>"Bankers", "Analysts", "Economists": one capitalised word shaped as a plural of people (no name when it opens a sentence).</summary>
    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:ers|ors|ists|ians|ants|ents|ives)$", RegexOptions.CultureInvariant)]
    private static partial Regex PluralAgentNoun();

    /// <summary>A full stop after a word of four letters or more, then a space and a capital: where a sentence ends inside captured name words.</summary>
    [GeneratedRegex(@"(?<=\p{Ll}{3})\.\s+\p{Lu}", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEndInName();

    /// <summary>"Co-CEO", "Vice President", "Chief Economist": words that are an office, capitalised as a title, not a name.</summary>
    private static bool IsOffice(string words)
    {
        var parts = words.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries);
        return parts.Any(w => RoleWords.Contains(w))
            && parts.All(w => RoleWords.Contains(w) || w.ToLowerInvariant() is "co" or "vice" or "deputy" or "acting" or "interim" or "senior");
    }

    /// <summary>
    /// "said Co-Founder of Pellam Foods, Ines Varga": an office written as a title, its organisation, then its holder in apposition;
    /// an office with no holder named there is no one (the office is no name).
    /// </summary>
    private static Attribution OfficeHolderAfter(Context ctx, int officeStart, int officeEnd, string cue, string rule, double conf)
    {
        if (HolderBefore(ctx, officeStart) is { } signed) return new Attribution(signed.Name, signed.EntityId, cue, rule + ".role-appositive", conf * 0.95);
        if (HolderAfterOrganisation(ctx, officeEnd) is { } holderNamed)
            return new Attribution(holderNamed.Name, holderNamed.EntityId, cue, rule + ".role-holder", conf * 0.95);
        if (RoleOrganisation().Match(ctx.Body, officeEnd) is { Success: true } of && of.Index == officeEnd) officeEnd += of.Length;
        return AppositivePerson(ctx, officeEnd) is { } holder
            ? new Attribution(holder.Name, holder.EntityId, cue, rule + ".role-appositive", conf * 0.95)
            : new Attribution("", "", cue, rule + ".role-unresolved", conf * 0.5);
    }

    /// <summary>"Ivo Marsh, Chairman, Tarvia Appeals Board, said": the person named right before an office and its comma, as a signature
    /// line sets the office after its holder's name; "Ivo Marsh, Quorvin's president and CEO said": the holder of two offices.</summary>
    private static EntityMention? HolderBefore(Context ctx, int officeStart) =>
        PersonJoinedBefore(ctx, officeStart, 70, between => between.Trim() is "," || OfficesJoinedBefore().IsMatch(between));

    /// <summary>
    /// A role as the speaker ("the chairman said"): the holder named in apposition, else the one person named with that office,
    /// else for a word for a person the person the text is about; an office no one was named with is that person unless the text
    /// gave them another office, and nobody then.
    /// </summary>
    private static Attribution ResolveRole(Context ctx, int at, string sp, Match rm, string cue, string rule, double conf)
    {
        // "the chairman, Omar Haddad, said": the role's holder named in apposition, after the role's organisation if it has one
        // ("said the general secretary of the Harbour Union, Tom Wood")
        int roleEnd = at + sp.Length;
        if (RoleOrganisation().Match(ctx.Body, roleEnd) is { Success: true } of && of.Index == roleEnd) roleEnd += of.Length;
        if (AppositivePerson(ctx, roleEnd) is { } appositive)
            return new Attribution(appositive.Name, appositive.EntityId, cue, rule + ".role-appositive", conf * 0.95);
        if (HolderBefore(ctx, at) is { } signed) return new Attribution(signed.Name, signed.EntityId, cue, rule + ".role-appositive", conf * 0.95);
        if (HolderAfterOrganisation(ctx, at + sp.Length) is { } holderNamed)
            return new Attribution(holderNamed.Name, holderNamed.EntityId, cue, rule + ".role-holder", conf * 0.95);
        var holder = RoleHolder(ctx, at, rm.Groups["role"].Value, rm.Groups["mod"].Value);
        if (holder != null) return new Attribution(holder.Name, holder.EntityId, cue, rule + ".role-descriptor", conf * 0.85);
        // "the billionaire said": a word for a person that is no office points back as "he" or "she" does
        var described = Antecedent(ctx, at, null, "PERSON");
        if (PersonDescriptors.Contains(rm.Groups["role"].Value) && described != null)
            return new Attribution(described.Name, described.EntityId, cue, rule + ".person-descriptor", conf * 0.8);
        // An office no one was named with: the person the text is about, unless the text gave them another office
        if (described != null && (described.Role.Length == 0 || HasRole(described.Role, SameOffice(rm.Groups["role"].Value), false)))
            return new Attribution(described.Name, described.EntityId, cue, rule + ".role-antecedent", conf * 0.6);
        return new Attribution("", "", cue, rule + ".role-unresolved", conf * 0.5);
    }

    /// <summary>
    /// ", Quorvin's president and " before "CEO said": the writer's unclosed apposition of a person with two offices, the second the
    /// speaker's words; the first, and the possessive of the body both are held at, between the person's name and "and".
    /// </summary>
    [GeneratedRegex(@"^,\s+(?:(?:\p{L}[\p{L}.&-]*\s+){0,3}\p{L}[\p{L}.&-]*['’]s\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,4}(?:and|&)\s+$",
        RegexOptions.CultureInvariant)]
    private static partial Regex OfficesJoinedBefore();

    /// <summary>
    /// "the chairman of Quorvin LLC Tomas Ilvers", "Secretary of State Mina Okafor": the role's organisation in capitalised words, then its
    /// holder with no comma between, in the same sentence.
    /// </summary>
    private static EntityMention? HolderAfterOrganisation(Context ctx, int roleEnd)
    {
        var m = RoleOrganisationWords().Match(ctx.Body, roleEnd);
        if (!m.Success) return null;
        int firstWord = m.Groups["w"].Index, end = m.Index + m.Length, sentence = ctx.SentenceOf(roleEnd);
        return ctx.Entities.Where(e => e.Type == "PERSON" && e.Start > firstWord && e.Start <= end && ctx.SentenceOf(e.Start) == sentence)
            .MinBy(e => e.Start);
    }

    /// <summary>
    /// " of Quorvin LLC Tomas Ilvers": a preposition, then capitalised words only (the holder's name among them), after another
    /// office the holder has ("the president and chief executive of …").
    /// </summary>
    private static Regex RoleOrganisationWords() => RoleOrganisationWordsPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex RoleOrganisationWordsPattern = new(@"\G(?:\s+(?:and|&)(?:\s+\p{Ll}[\p{L}-]*){1,3}?)?\s+(?:of|at|for|with)\s+(?:the\s+)?"
        + @"(?<w>[\p{Lu}&][\p{L}\d.&'’-]*)(?:\s+[\p{Lu}&][\p{L}\d.&'’-]*){1,6}", RegexOptions.CultureInvariant);

    /// <summary>The organisation a role is of, up to the comma before its holder: " of the Harbour Union" in "the secretary of the Harbour Union, X".</summary>
    private static Regex RoleOrganisation() => RoleOrganisationPattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex RoleOrganisationPattern = new(@"\G\s+(?:of|at|for|with)\s+[^,.;:“”""]{1,60}?(?=,)", RegexOptions.CultureInvariant);

    /// <summary>
    /// The one person named before <paramref name="at"/> whose role is <paramref name="role"/> ("President" for "the
    /// president"; not "vice president" or "former CEO" unless the descriptor says "former"); null when none or several.
    /// </summary>
    private static EntityMention? RoleHolder(Context ctx, int at, string role, string modifier)
    {
        bool former = modifier.Equals("former", StringComparison.OrdinalIgnoreCase);
        string office = SameOffice(role);
        var holders = ctx.Entities.Where(x => x.Type == "PERSON" && x.End <= at && x.Role.Length > 0 && HasRole(x.Role, office, former))
            .GroupBy(x => x.EntityId).ToList();
        return holders.Count == 1 ? holders[0].First() : null;
    }

    /// <summary>Whether a stated role is <paramref name="office"/> (as <see cref="SameOffice"/> writes it), or a title ending in it.</summary>
    private static bool HasRole(string stated, string office, bool former)
    {
        string r = SameOffice(stated);
        if (r == office) return !former;
        if (r.Length <= office.Length || r[^(office.Length + 1)] != ' ' || !r.EndsWith(office, StringComparison.Ordinal)) return false;
        string first = r.Split(' ')[0];
        if (first == "former") return former;
        return !former && first is not ("vice" or "deputy" or "assistant" or "associate" or "acting" or "co");
    }

    /// <summary>Ways of writing one office ("ceo", "chief executive officer"), longest first, with the form they are compared as.</summary>
    private static readonly (string Form, string Office)[] RoleSynonyms = Text.Lexicon.Read("role-synonyms.tsv")
        .Where(r => r.Length == 2).Select(r => (r[1], r[0])).OrderByDescending(r => r.Item1.Length).ToArray();

    /// <summary>A role in lower case with its last words written as the office they name: "Tarn CEO" -> "tarn chief executive".</summary>
    private static string SameOffice(string role)
    {
        string r = role.ToLowerInvariant();
        foreach (var (form, office) in RoleSynonyms)
        {
            if (r == form) return office;
            if (r.Length > form.Length && r[^(form.Length + 1)] == ' ' && r.EndsWith(form, StringComparison.Ordinal))
                return r[..^form.Length] + office;
        }
        return r;
    }

    /// <summary>
    /// Whether the words before a mention make it the audience or the source of a statement: "told X", "to X", "by X", "from X",
    /// also with "the" between ("told the Daily Ledger").
    /// </summary>
    private static bool IsAudienceOrSource(string body, int start)
    {
        if (start >= 4 && body.AsSpan(start - 4, 4).SequenceEqual("the ")) start -= 4;
        return PrecededBy(body, start, AudienceOrSourceWords, StringComparison.Ordinal) && !StatementFrom().IsMatch(body.AsSpan(0, start));
    }

    /// <summary>"a statement from", "in a short response from": whom a statement comes from is its author, no source cited by another.</summary>
    [GeneratedRegex(@"\b(?:statement|response|reply|comment|letter|e-?mail|note|message|spokes(?:man|woman|person))s?\s+from\s*\z",
        RegexOptions.CultureInvariant | RegexOptions.RightToLeft)]
    private static partial Regex StatementFrom();

    private static readonly string[] AudienceOrSourceWords = { " told", " to", " by", " from", "(" };

    /// <summary>Whether the text before <paramref name="start"/>, trailing spaces aside, ends with one of <paramref name="endings"/>.</summary>
    private static bool PrecededBy(string body, int start, string[] endings, StringComparison comparison)
    {
        var before = body.AsSpan(0, start).TrimEnd();
        foreach (var ending in endings)
            if (before.EndsWith(ending, comparison)) return true;
        return false;
    }

    /// <summary>A person named in apposition right at <paramref name="at"/>, between commas or closing the sentence (", Omar Haddad,"), or null.</summary>
    private static EntityMention? AppositivePerson(Context ctx, int at)
    {
        string body = ctx.Body;
        if (at >= body.Length || body[at] != ',') return null;
        int start = at + 1;
        while (start < body.Length && body[start] == ' ') start++;
        var person = ctx.Entities.FirstOrDefault(x => x.Start == start && x.Type == "PERSON");
        return person != null && (person.End == body.Length || body[person.End] is ',' or '.' or ';' or '\n') ? person : null;
    }

    /// <summary>"said Roe’s neighbour, Jane Poe,": after a person's possessive and a few lower-case words, the person set in apposition to them.</summary>
    private static EntityMention? RelativeInApposition(Context ctx, int end)
    {
        var m = PossessiveRelation().Match(ctx.Body, end, Math.Min(40, ctx.Body.Length - end));
        return m.Success ? AppositivePerson(ctx, end + m.Length - 1) : null;
    }

    [GeneratedRegex(@"\G['’]s(?:\s+\p{Ll}[\p{Ll}-]*){1,3},", RegexOptions.CultureInvariant)]
    private static partial Regex PossessiveRelation();

    /// <summary>
    /// What joins a person to the organisation they speak for: " of ", " at ", " for ", " from ", " with " (and "the"), and the capitalised
    /// words of a longer name the organisation ends ("Jane Roe of Tarn Security and Investigations": " of Tarn Security and").
    /// </summary>
    [GeneratedRegex(@"^\s+(?:of|at|for|from|with)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'’-]*\s+(?:(?:and|&|of)\s+)?){0,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex AffiliationJoin();

    /// <summary>", the chief investment officer for ", ", president of hedge fund ": an apposition that runs into the organisation.</summary>
    /// <summary>
    /// "Ann Roe, head of planning at the Port of Savannah said": the speaker's words end on a place inside the name of where
    /// the person before works, in an apposition the writer left unclosed; that person speaks.
    /// </summary>
    private static EntityMention? PersonBeforePlace(Context ctx, int at, int end)
    {
        var place = ctx.Entities.FirstOrDefault(x => x.Type == "LOCATION" && x.Start < end && at < x.End);
        return place == null ? null : PersonJoinedBefore(ctx, place.Start, 80, between => UnclosedAppositiveToPlace().IsMatch(between));
    }

    private delegate bool SpanTest(ReadOnlySpan<char> text);

    /// <summary>
    /// The person named last before <paramref name="start"/>, ending at most <paramref name="gap"/> characters before it, when the text
    /// between passes <paramref name="joins"/> (an affiliation or an unclosed apposition); else null.
    /// </summary>
    private static EntityMention? PersonJoinedBefore(Context ctx, int start, int gap, SpanTest joins)
    {
        var person = ctx.Entities.Where(x => x.Type == "PERSON" && x.End <= start && start - x.End <= gap).MaxBy(x => x.End);
        return person != null && joins(ctx.Body.AsSpan(person.End, start - person.End)) ? person : null;
    }

    /// <summary>", head of planning at the Port of ", ", director of research at Tarn Capital in ", ", of ": a role, a preposition and the
    /// capitalised words of a name before its place, or a town and a comma before its region (", a bus driver in Harlow, " before
    /// "Tarnshire"); or the place a person is of or from (" of ").</summary>
    private static Regex UnclosedAppositiveToPlace() => UnclosedAppositiveToPlacePattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex UnclosedAppositiveToPlacePattern = new(
        @"^(?:,\s+(?:(?:the|a|an)\s+)?(?:\p{L}[\p{L}-]*\s+){0,5}?(?:of|at|for|from|with|in)\s+(?:the\s+)?"
        + @"(?:\p{Lu}[\p{L}-]*\s+(?:of\s+|for\s+|in\s+)?){0,3}(?:\p{Lu}[\p{L}-]*,\s+)?|\s+(?:of|from)\s+(?:the\s+)?)$", RegexOptions.CultureInvariant);

    private static Regex UnclosedAppositive() => UnclosedAppositivePattern;

    // interpreted: a bounded lazy loop, which generated code can get wrong (WarmingRegex.CompilesFaithfully)
    private static readonly Regex UnclosedAppositivePattern = new(
        @"^,\s+(?:(?:the|a|an)\s+)?(?:\p{L}[\p{L}-]*\s+){1,5}?(?:of|at|for|from|with)\s+(?:the\s+)?(?:\p{Ll}[\p{L}-]*\s+){0,2}$",
        RegexOptions.CultureInvariant);

    /// <summary>A legal form that ends an organisation's name the entity stage stopped short of: "and Co ", "&amp; Co. ", "Inc ", "Ltd ".</summary>
    [GeneratedRegex(@"^(?:(?:and|&)\s+Co\.?|Inc\.?|Ltd\.?|LLC|[Pp]lc|Corp\.?)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex CompanyTail();

    /// <summary>Whether the text between an organisation and a name is only a role in lower case ("analyst", "chief executive", "partner,").</summary>
    private static bool IsRoleBetween(string body, int from, int to)
    {
        var gap = body.AsSpan(from, to - from).Trim();
        if (gap.IsEmpty || gap.Length > 40) return false;
        // "Northwind’s chief executive, Jane Roe": the organisation's possessive before the role
        // "Quorvin Bank's Ivo Kessler": the organisation's person, with no role between
        if (gap is "’s" or "'s") return true;
        if (gap.StartsWith("’s ") || gap.StartsWith("'s ")) gap = gap[3..];
        else if (gap.StartsWith("’ ") || gap.StartsWith("' ")) gap = gap[2..];
        // "Cowen and Co analyst Jane Roe": the rest of the organisation's name, its legal form, before the role
        else if (CompanyTail().Match(gap.ToString()) is { Success: true } tail) gap = gap[tail.Length..];
        if (gap.IsEmpty) return false;
        if (gap[^1] == ',') gap = gap[..^1].TrimEnd();
        if (gap.IsEmpty) return false;
        foreach (char c in gap)
            if (!(char.IsLetter(c) || c == ' ' || c == '-')) return false;
        foreach (var range in gap.Split(' '))
        {
            string word = gap[range].ToString();
            // a role may be capitalised ("European Central Bank President Jean Roe"); "Deutsche Bank also seemed to endorse Rajan": a
            // verb phrase is no role
            // ...and after a party or a nationality ("Senate Democratic leader Jane Roe", "the bank's German chief economist Jane Roe")
            if (word.Length > 0 && char.IsUpper(word[0]) && !RoleWords.Contains(word) && !PartyWords.Contains(word)
                && !Entities.EntityLexicon.Demonyms.Contains(word) || NotRoleWords.Contains(word)) return false;
        }
        return true;
    }

    private static readonly HashSet<string> PartyWords = new(StringComparer.Ordinal) { "Democratic", "Republican", "Conservative", "Labour" };

    private static readonly HashSet<string> NotRoleWords = new(StringComparer.Ordinal)
    {
        "to", "also", "has", "had", "have", "was", "were", "is", "are", "will", "would", "seemed", "said", "says", "and", "with", "that",
        "which", "who", "not", "backed", "endorsed", "named", "hired", "appointed",
    };

    /// <summary>The prepositions before a medium, a place or an owner ("a post on Twitter", "the head of X"): what follows is no clause's subject.</summary>
    private static readonly string[] MediumPrepositions = { " on", " in", " as", " of", " via", " into" };

    private static readonly string[] ObjectPrepositions = { " with", " to", " by", " from", " for", " about", " against", " of", " at", " toward",
        " towards", " on", " alongside", " beside" };

    /// <summary>
    /// Whether a mention is the object of a preposition: the word right before it is "with", "to", "by"...; not the source that
    /// "according to" names, who is what the clause reports.
    /// </summary>
    private static bool AfterPreposition(string body, int start) => PrecededBy(body, start, ObjectPrepositions, StringComparison.OrdinalIgnoreCase)
        && !PrecededBy(body, start, ["according to"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Capitalised words that open a clause or name a time, never a speaker's name (Resources/lexicon/quote-clause-words.tsv).</summary>
    private static readonly HashSet<string> ClauseWords = Text.Lexicon.Set("quote-clause-words.tsv", StringComparer.Ordinal);

    /// <summary>One capitalised word in "-ed" that a lower-case word follows ("Owned since", "Founded in"): a past participle, not a name.</summary>
    private static bool OpeningParticiple(string body, Group sp) =>
        !sp.Value.Contains(' ') && sp.Length > 4 && sp.Value.EndsWith("ed", StringComparison.Ordinal)
        && sp.Index + sp.Length + 1 < body.Length && body[sp.Index + sp.Length] == ' ' && char.IsLower(body[sp.Index + sp.Length + 1]);

    /// <summary>A capitalised word that opens a clause rather than a name: "During the call", "China’s ambassador".</summary>
    private static bool IsSentenceWord(string s)
    {
        string first = s.Split(' ')[0];
        // "Talking of her husband, she said ...": a participle opens a clause, not a name.
        return ClauseWords.Contains(first) || first.EndsWith("’s", StringComparison.Ordinal) || first.EndsWith("'s", StringComparison.Ordinal)
            || (!s.Contains(' ') && first.Length > 5 && first.EndsWith("ing", StringComparison.Ordinal))
            // "Two unions called it …", "Twenty said …": a number word counts the speakers, it names none
            || !s.Contains(' ') && (Numbers.NumberWords.Units.ContainsKey(first) || Numbers.NumberWords.Tens.ContainsKey(first));
    }
}
