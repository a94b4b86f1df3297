using FinExtract.Text;

namespace FinExtract.Entities;

/// <summary>
/// The word lists the entity heuristics use, gathered in one place: words that make a capitalised name an
/// organisation, words that announce a person, and capitalised words that are not names.
/// </summary>
public static class EntityLexicon
{
    /// <summary>A capitalised sequence holding one of these is an organisation.</summary>
    public static readonly HashSet<string> OrgWords = Lexicon.Set("entity-org-words.tsv", StringComparer.Ordinal);
    /// <summary>Head words of public and professional bodies, whose names can join two subjects by "and" before the head.</summary>
    public static readonly HashSet<string> InstitutionWords = Lexicon.Set("entity-institution-words.tsv", StringComparer.Ordinal);
    /// <summary>Words that end a company's name and take no "of" after them ("Tarvel Industries of Harrowby" is a firm and where it is from).</summary>
    public static readonly HashSet<string> CompanyHeads = Lexicon.Set("entity-company-heads.tsv", StringComparer.Ordinal);

    /// <summary>Regions a company's regional unit is named after, as a country is ("Tarvia North America"): entity-unit-regions.tsv.</summary>
    public static readonly HashSet<string> UnitRegions = Lexicon.Set("entity-unit-regions.tsv", StringComparer.Ordinal);
    /// <summary>Reuters instrument code suffixes and the exchange each names ("L" -> LSE), for a ticker written as a RIC.</summary>
    public static readonly Dictionary<string, string> RicExchanges = Lexicon.Read("ric-exchange-suffixes.tsv")
        .ToDictionary(r => r[1], r => r[0], StringComparer.Ordinal);

    /// <summary>
    /// Words right before a name that make it a person's ("CEO Mark Zuckerberg", "Mr. Baird"), each also with the prefixes a role takes
    /// ("co-author", "vice-chair", "ex-minister").
    /// </summary>
    public static readonly HashSet<string> PersonCues = WithRolePrefixes(Lexicon.Set("entity-person-cues.tsv", StringComparer.OrdinalIgnoreCase));

    /// <summary>
    /// Words for a person by relation to another ("wife", "colleague") and the gender each tells ("f", "m", or "-" for none):
    /// person-relation-words.tsv, read once for the entity and quote stages.
    /// </summary>
    public static readonly Dictionary<string, string> RelationGenders =
        Lexicon.Read("person-relation-words.tsv").ToDictionary(r => r[1], r => r[0], StringComparer.Ordinal);

    /// <summary>
    /// Family words ("wife", "son", "niece"): the relation words that tell a gender. A given name right after one is a person's, even
    /// alone ("his wife Margaret", "daughter Emily's school").
    /// </summary>
    public static readonly HashSet<string> FamilyWords = new(RelationGenders.Where(r => r.Value != "-").Select(r => r.Key), StringComparer.Ordinal);

    /// <summary>Words that make a known organisation's division or outlet of its own ("Tarvel Sports"): entity-division-words.tsv.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> DivisionWords = SpanSet("entity-division-words.tsv");

    /// <summary>Lower-case words a report on sport uses and business news seldom does ("touchdown", "halftime"): entity-sports-words.tsv.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SportsWords = SpanSet("entity-sports-words.tsv");

    /// <summary>Lower-case endings after a hyphen that make an adjective of a name ("BPA-free", "Soviet-era"): entity-adjective-endings.tsv.</summary>
    public static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> AdjectiveEndings = SpanSet("entity-adjective-endings.tsv");

    /// <summary>Labels of a credit line before a colon and the person credited ("Photo: Ada Quarles"): entity-credit-labels.tsv.</summary>
    public static readonly HashSet<string> CreditLabels = Lexicon.Set("entity-credit-labels.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>Departments a job title names ("Engineering" of "VP of Engineering"; entity-departments.tsv).</summary>
    public static readonly HashSet<string> Departments = Lexicon.Set("entity-departments.tsv", StringComparer.Ordinal);

    /// <summary>Capitalised words that are not names on their own (sentence openers, months, days).</summary>
    public static readonly HashSet<string> NotNames = Lexicon.Set("entity-not-names.tsv", StringComparer.Ordinal);

    /// <summary>Words in <see cref="NotNames"/> that open a company's name when capitalised mid-sentence ("Just Eat", "New Balance").</summary>
    public static readonly HashSet<string> NamePrefixes = Lexicon.Set("entity-name-prefixes.tsv", StringComparer.Ordinal);

    /// <summary>Words for a storm before its given name ("Storm Ciarán", "la tempête Ciaran"): Resources/lexicon/entity-storm-words.tsv.</summary>
    public static readonly HashSet<string> StormWords = Lexicon.Set("entity-storm-words.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>A capitalised sequence ending with one of these names a law, event, award or plan, not an organisation or person.</summary>
    public static readonly HashSet<string> MiscEndings = Lexicon.Set(StringComparer.Ordinal, "entity-event-endings.tsv", "entity-misc-endings.tsv");

    /// <summary>Last words that make a capitalised run an event, award, document or thing even when it holds an organisation word.</summary>
    public static readonly HashSet<string> ThingEndings = Lexicon.Set(StringComparer.Ordinal, "entity-event-endings.tsv", "entity-thing-endings.tsv");

    /// <summary>The departments a minister or secretary holds ("Home" of "Home Secretary"): part of the title before a name.</summary>
    public static readonly HashSet<string> PortfolioWords = Lexicon.Set("entity-portfolio-words.tsv", StringComparer.Ordinal);

    /// <summary>What a company does, after ", which" ("Tandora, which makes chips"): the name before is an organisation's.</summary>
    public static readonly HashSet<string> CompanyVerbs = Lexicon.Set("entity-company-verbs.tsv", StringComparer.Ordinal);

    /// <summary>Nationalities and party adjectives: not entities on their own ("European", "Republican").</summary>
    public static readonly HashSet<string> Demonyms = Lexicon.Set("entity-demonyms.tsv", StringComparer.Ordinal);

    /// <summary>Verbs of a match's result before a score ("beat", "lost to"): a town named so is its club (entity-result-verbs.tsv).</summary>
    public static readonly HashSet<string> ResultVerbs = Lexicon.Set("entity-result-verbs.tsv", StringComparer.Ordinal);

    /// <summary>Words that make a name an organisation's only as its last word ("Harlow United"; not "United States").</summary>
    public static readonly HashSet<string> OrgLastWords = Lexicon.Set("entity-org-last-words.tsv", StringComparer.Ordinal);

    /// <summary>Whether a word makes a capitalised run an organisation's: an organisation word or a public institution's head word.</summary>
    public static bool IsOrganisationWord(string word) => OrgWords.Contains(word) || InstitutionWords.Contains(word);

    /// <summary>Words whose possessive opens a name ("King's College", "Children's Hospital"): entity-name-possessives.tsv.</summary>
    public static readonly HashSet<string> NamePossessives = Lexicon.Set("entity-name-possessives.tsv", StringComparer.Ordinal);

    /// <summary>Head words of a learned periodical's title before "of" and its publisher ("Proceedings", "Annals"): entity-periodical-heads.tsv.</summary>
    public static readonly HashSet<string> PeriodicalHeads = Lexicon.Set("entity-periodical-heads.tsv", StringComparer.Ordinal);

    /// <summary>Words that name a newspaper after "Daily", "Sunday", "Evening" or "Morning" ("Mail", "Times", "Standard").</summary>
    public static readonly HashSet<string> Mastheads = Lexicon.Set("entity-masthead-words.tsv", StringComparer.Ordinal);

    /// <summary>Head words that open a body's name in languages that put the head first ("Banque", "Fundación", "Stiftung").</summary>
    public static readonly HashSet<string> LeadingOrgWords = Lexicon.Set("entity-org-leading-words.tsv", StringComparer.Ordinal);

    /// <summary>Names of languages ("Hindi", "Esperanto"): "in Hindi" is no place.</summary>
    public static readonly HashSet<string> LanguageNames = Lexicon.Set("language-names.tsv", StringComparer.Ordinal);

    /// <summary>Words right before a name that make it an organisation's ("rival DoorDash", "shares of Lucasfilm").</summary>
    public static readonly HashSet<string> OrgCuesBefore = Lexicon.Set("entity-org-cues-before.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>Nouns only a business is ("firm", "lender"): a person's name right after one is the business's.</summary>
    public static readonly HashSet<string> BusinessNouns = Lexicon.Set("entity-business-nouns.tsv", StringComparer.Ordinal);

    /// <summary>Verbs that make a name right before them the subject of a relative clause ("the firm Ada Quarles founded").</summary>
    public static readonly HashSet<string> RelativeVerbs = Lexicon.Set("entity-relative-verbs.tsv", StringComparer.Ordinal);

    /// <summary>Words before "in"/"from" that make the unknown name after it an organisation's ("a stake in X", "data from X").</summary>
    public static readonly HashSet<string> OrgCuesBeforePreposition =
        Lexicon.Set("entity-org-cues-before-preposition.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>Words right after a name that make it an organisation's ("Lucasfilm shares", "DoorDash spokeswoman").</summary>
    public static readonly HashSet<string> OrgCuesAfter = Lexicon.Set("entity-org-cues-after.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>What a name with "'s" has when it is an organisation's ("X's shares", "X's chief technology officer").</summary>
    public static readonly HashSet<string> OrgPossessions = Lexicon.Set("entity-org-possessions.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>People who work somewhere: "an economist at X", "analysts from X".</summary>
    public static readonly HashSet<string> Professions =
        new(Lexicon.Read("entity-professions.tsv").Select(r => r[^1]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Those of <see cref="Professions"/> quoted from outside a story's company ("an analyst at X"; kind "outside").</summary>
    public static readonly HashSet<string> OutsideProfessions =
        new(Lexicon.Read("entity-professions.tsv").Where(r => r[0] == "outside").Select(r => r[^1]), StringComparer.OrdinalIgnoreCase);

    /// <summary>Lower-case roles written between an employer and a person's name: "X partner Ivo Marsh", "X analyst Jane Roe".</summary>
    public static readonly HashSet<string> RolesBeforeName = Lexicon.Set("entity-roles-before-name.tsv", StringComparer.Ordinal);

    /// <summary>Royal and religious titles ("King", "Pope"); at the end of a name they are part of it ("Burger King", "Stephen King").</summary>
    public static readonly HashSet<string> RoyalTitles = Lexicon.Set("entity-royal-titles.tsv", StringComparer.Ordinal);

    /// <summary>Titles that announce a person's name right after them ("Senator Matthew Canavan", "President Obama").</summary>
    public static readonly HashSet<string> Titles = Lexicon.Set(StringComparer.Ordinal, "entity-titles.tsv", "entity-royal-titles.tsv");

    /// <summary>Given names that are almost always one gender's (given-name-genders.tsv): "f" or "m" by name.</summary>
    public static readonly Dictionary<string, string> GivenNameGenders = GenderList("given-name-genders.tsv");

    /// <summary>The gender a person's full name tells by its given name ("f", "m"), or null.</summary>
    public static string? GenderOfName(string fullName) => GivenNameGenders.GetValueOrDefault(fullName.Split(' ', 2)[0]);

    /// <summary>Honorifics before a name that tell its gender ("Ms", "Sir"; person-honorific-genders.tsv), without their full stop.</summary>
    public static readonly Dictionary<string, string> HonorificGenders = GenderList("person-honorific-genders.tsv");

    private static Dictionary<string, string> GenderList(string file) =>
        Lexicon.Read(file).ToDictionary(r => r[1], r => r[0], AccentInsensitive.Instance);

    /// <summary>Titles and roles written in title case right before a name inside one capitalised run ("Trade Representative Robert Lighthizer").</summary>
    public static readonly HashSet<string> TitleWords = Lexicon.Set(StringComparer.Ordinal, "entity-titles.tsv", "entity-title-words.tsv");

    /// <summary>Titles written short with a full stop ("Col.", "Sgt."): entity-title-abbreviations.tsv.</summary>
    public static readonly HashSet<string> TitleAbbreviations = Lexicon.Set("entity-title-abbreviations.tsv", StringComparer.Ordinal);

    /// <summary>Letters with full stops that open a name but are no person's initials: ships' prefixes ("S.S.", "H.M.S."), "G.I.".</summary>
    public static readonly HashSet<string> NotInitials = Lexicon.Set("entity-not-initials.tsv", StringComparer.Ordinal);

    /// <summary>Last words of a venue's name: a place even with a body's word in it ("Tarvel Bank Arena").</summary>
    public static readonly HashSet<string> VenueWords = Lexicon.Set("entity-venue-words.tsv", StringComparer.Ordinal);

    /// <summary>Words after a known company's name that make it a venue named for its sponsor: the venue words and "Center", "Field"...</summary>
    public static readonly HashSet<string> SponsoredVenueWords = Lexicon.Set(StringComparer.Ordinal, "entity-venue-words.tsv",
        "entity-sponsored-venue-words.tsv");

    /// <summary>Last words that make a name a place even after a given name ("Victoria Street", "Jackson County").</summary>
    public static readonly HashSet<string> StrongPlaceWords = Lexicon.Set("entity-strong-place-words.tsv", StringComparer.Ordinal);

    /// <summary>Nouns of a state's or a town's government and people before "of" and a place ("the government of", "the mayor of").</summary>
    public static readonly HashSet<string> StateNouns = Lexicon.Set("entity-state-nouns.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>Articles and prepositions that open a capitalised run where every noun is capitalised ("Das Team", "Im Augusta ...").</summary>
    public static readonly HashSet<string> RunOpenersNounsCapitalised = Lexicon.Set("entity-run-openers-nouns-capitalised.tsv", StringComparer.Ordinal);

    /// <summary>Endings German place names share, read where every noun is capitalised (entity-place-endings-nouns-capitalised.tsv).</summary>
    public static readonly string[] PlaceEndingsNounsCapitalised = [.. Lexicon.Set("entity-place-endings-nouns-capitalised.tsv", StringComparer.Ordinal)];

    /// <summary>A capitalised sequence ending with one of these is a place ("Lygon Street", "Port Hedland" starts with one of <see
    /// cref="PlaceStarts"/>).</summary>
    public static readonly HashSet<string> PlaceWords = Lexicon.Set("entity-place-words.tsv", StringComparer.Ordinal);

    /// <summary>First words of place names ("Port Hedland", "Mount Isa", "Lake Como", "Fort Worth").</summary>
    public static readonly HashSet<string> PlaceStarts = Lexicon.Set("entity-place-starts.tsv", StringComparer.Ordinal);

    /// <summary>Words that make a region of the place named after them ("Southern California", "North Vancouver").</summary>
    public static readonly HashSet<string> PlaceModifiers = Lexicon.Set("entity-place-modifiers.tsv", StringComparer.Ordinal);

    /// <summary>Upper-case words that are common nouns, not organisations ("AI", "CEO", "GDP").</summary>
    public static readonly HashSet<string> NotAcronyms = Lexicon.Set("entity-not-acronyms.tsv", StringComparer.Ordinal);

    /// <summary>Two-letter codes of US states and Canadian provinces ("SD", "BC"): places, though some are common nouns too.</summary>
    public static readonly HashSet<string> PlaceCodes = Lexicon.Set("entity-place-codes.tsv", StringComparer.Ordinal);

    /// <summary>Small words that may join the capitalised words of one name ("Bank of America", "Procter &amp; Gamble").</summary>
    public static readonly HashSet<string> Joiners = Lexicon.Set("entity-joiners.tsv", StringComparer.Ordinal);

    /// <summary>Lower-case words inside a person's surname ("van den", "de la", "el-"): entity-name-particles.tsv.</summary>
    public static readonly HashSet<string> NameParticles = Lexicon.Set("entity-name-particles.tsv", StringComparer.Ordinal);

    /// <summary>Each legal form as registries write it, in lower case without periods ("corp", "plc"), to its news spelling
    /// ("Corp."): legal-forms.tsv.</summary>
    private static readonly Dictionary<string, string> LegalForms =
        Lexicon.Read("legal-forms.tsv").ToDictionary(r => r[1], r => r[0], StringComparer.Ordinal);

    /// <summary>Whether <paramref name="form"/> is a legal form, in any case, with or without periods and commas ("Corp.", "INC",
    /// "plc"), and its news spelling.</summary>
    public static bool TryLegalForm(string form, out string written) => LegalForms.TryGetValue(Bare(form), out written!);

    /// <summary>A name or legal form without its periods and commas, in lower case ("Nike, Inc." -> "nike inc").</summary>
    public static string Bare(string name) => name.Replace(".", "").Replace(",", "").Trim().ToLowerInvariant();

    /// <summary>Each given name to the names it may be written as (itself, its short forms, the names it is short for), from given-name-variants.tsv.</summary>
    public static readonly IReadOnlyDictionary<string, HashSet<string>> GivenNameVariants = ReadVariants();

    private static Dictionary<string, HashSet<string>> ReadVariants()
    {
        var groups = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> Of(string name) => groups.TryGetValue(name, out var g) ? g : groups[name] = new HashSet<string>(StringComparer.Ordinal) { name };
        foreach (var row in Lexicon.Read("given-name-variants.tsv"))
        {
            var forms = row[0].Split(' ', StringSplitOptions.RemoveEmptyEntries).Append(row[1]).ToArray();
            foreach (var a in forms)
                foreach (var b in forms) Of(a).Add(b);
        }
        return groups;
    }

    /// <summary>A word list looked up by spans of the text, without cutting a string for each word looked up.</summary>
    private static HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanSet(string file) =>
        Lexicon.Set(file, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static HashSet<string> WithRolePrefixes(HashSet<string> roles)
    {
        var all = new HashSet<string>(roles, roles.Comparer);
        foreach (var role in roles.Where(r => char.IsLower(r[0]) && !r.Contains('-')))
            foreach (var prefix in (string[])["co-", "vice-", "ex-"])
                all.Add(prefix + role);
        return all;
    }
}
