namespace FinExtract.Entities;

/// <summary>A typing heuristic of the entity stage: its rule id (in entities.csv), confidence and priority.</summary>
/// <param name="Id">The rule id written to entities.csv.</param>
/// <param name="Confidence">The confidence of the mentions it finds.</param>
/// <param name="Priority">Where it ranks when candidates overlap: rules 200 and up, gazetteers 150, heuristics 70-100.</param>
public sealed record Heuristic(string Id, double Confidence, int Priority);

/// <summary>
/// Every heuristic's confidence and priority in one place, named, instead of numbers at each call. A gazetteer match
/// outranks every heuristic; among heuristics, typing by a title or the words of a name outranks typing by a cue.
/// </summary>
public static class Heuristics
{
    /// <summary>A known name from a gazetteer.</summary>
    public static readonly Heuristic Gazetteer = new("gazetteer", 0.95, 150);

    /// <summary>A known organisation before a hyphenated adjective ("NASA-inspired").</summary>
    public static readonly Heuristic GazetteerPrefix = new("gazetteer", 0.9, 150);

    /// <summary>heuristic.trademark: a name marked ® or ™ is a brand's, a product's: confidence 0.8, priority 100.</summary>
    public static readonly Heuristic Trademark = new("heuristic.trademark", 0.8, 100);

    /// <summary>heuristic.title-name: confidence 0.75, priority 100.</summary>
    public static readonly Heuristic TitleName = new("heuristic.title-name", 0.75, 100);

    /// <summary>heuristic.web-name: confidence 0.7, priority 100.</summary>
    public static readonly Heuristic WebName = new("heuristic.web-name", 0.7, 100);

    /// <summary>heuristic.ampersand: names joined by "&amp;" ("Harlow &amp; Marsh", "K&amp;R") are a firm's: confidence 0.7, priority 90.</summary>
    public static readonly Heuristic Ampersand = new("heuristic.ampersand", 0.7, 90);

    /// <summary>
    /// heuristic.abstract-noun-name: a run the cues took for a person's that holds an abstract noun ("Tarvel Education") names a
    /// body: confidence 0.6, priority 90.
    /// </summary>
    public static readonly Heuristic AbstractNounName = new("heuristic.abstract-noun-name", 0.6, 90);

    /// <summary>heuristic.intercaps: confidence 0.7, priority 90.</summary>
    public static readonly Heuristic InterCaps = new("heuristic.intercaps", 0.7, 90);

    /// <summary>heuristic.title: confidence 0.75, priority 100.</summary>
    public static readonly Heuristic Title = new("heuristic.title", 0.75, 100);

    /// <summary>heuristic.given-name: confidence 0.8, priority 100.</summary>
    public static readonly Heuristic GivenName = new("heuristic.given-name", 0.8, 100);

    /// <summary>heuristic.place-word: confidence 0.65, priority 100.</summary>
    public static readonly Heuristic PlaceWord = new("heuristic.place-word", 0.65, 100);

    /// <summary>heuristic.org-word: confidence 0.75, priority 100.</summary>
    public static readonly Heuristic OrgWord = new("heuristic.org-word", 0.75, 100);

    /// <summary>heuristic.org-cue: where people work ("analysts at X") or a role and a name after it; confidence 0.65, priority 100.</summary>
    public static readonly Heuristic WorkplaceCue = new("heuristic.org-cue", 0.65, 100);

    /// <summary>heuristic.person-named-business: a name that reads as a person's where only a business stands ("law firm Ivo
    /// Harlow", "an analyst at Ada Quarles"); confidence 0.7, priority 100.</summary>
    public static readonly Heuristic PersonNamedBusiness = new("heuristic.person-named-business", 0.7, 100);

    /// <summary>heuristic.person-cue: confidence 0.7, priority 100.</summary>
    public static readonly Heuristic PersonCue = new("heuristic.person-cue", 0.7, 100);

    /// <summary>heuristic.appositive: confidence 0.65, priority 100.</summary>
    public static readonly Heuristic Appositive = new("heuristic.appositive", 0.65, 100);

    /// <summary>heuristic.speaker: confidence 0.65, priority 100.</summary>
    public static readonly Heuristic Speaker = new("heuristic.speaker", 0.65, 100);

    /// <summary>heuristic.acronym: confidence 0.6, priority 90.</summary>
    public static readonly Heuristic Acronym = new("heuristic.acronym", 0.6, 90);

    /// <summary>heuristic.in-capitals ("CLINTON BREAKS WITH OBAMA": names the article writes elsewhere): confidence 0.6, priority 90.</summary>
    public static readonly Heuristic InCapitals = new("heuristic.in-capitals", 0.6, 90);

    /// <summary>heuristic.acronym: confidence 0.4, priority 90.</summary>
    public static readonly Heuristic AcronymUnknown = new("heuristic.acronym", 0.4, 90);

    /// <summary>heuristic.paren-short-form: confidence 0.75, priority 90 ("Allergan (AGN)": capitals in brackets right after an organisation).</summary>
    public static readonly Heuristic ParenShortForm = new("heuristic.paren-short-form", 0.75, 90);

    /// <summary>heuristic.org-cue: confidence 0.6, priority 85.</summary>
    public static readonly Heuristic OrgCue = new("heuristic.org-cue", 0.6, 85);

    /// <summary>heuristic.surname-with-pronoun: confidence 0.6, priority 70 ("Ford added that she", after "Mina Ford": the person).</summary>
    public static readonly Heuristic SurnameWithPronoun = new("heuristic.surname-with-pronoun", 0.6, 70);

    /// <summary>heuristic.surname-as-subject: confidence 0.6, priority 70 ("Houston expects", after "Mark Houston": the person).</summary>
    public static readonly Heuristic SurnameAsSubject = new("heuristic.surname-as-subject", 0.6, 70);

    /// <summary>heuristic.initials: confidence 0.7, priority 90 ("TAW" after "the Tarvel Auto Workers": the letters of its name).</summary>
    public static readonly Heuristic Initials = new("heuristic.initials", 0.7, 90);

    /// <summary>heuristic.called-by-surname: confidence 0.6, priority 70 ("Tarn Quorvale ... Quorvale said": the article's person).</summary>
    public static readonly Heuristic CalledBySurname = new("heuristic.called-by-surname", 0.6, 70);

    /// <summary>heuristic.place-of-state: confidence 0.6, priority 70 ("the government of Chad": a place a given name spells).</summary>
    public static readonly Heuristic PlaceOfState = new("heuristic.place-of-state", 0.6, 70);

    /// <summary>heuristic.named-by-pronoun: confidence 0.55, priority 70 ("Tarn Quorvale runs a bank. She said": the person).</summary>
    public static readonly Heuristic NamedByPronoun = new("heuristic.named-by-pronoun", 0.55, 70);

    /// <summary>heuristic.credit-line: confidence 0.7, priority 70 ("Reporting by Ana Roe in Tarvel and Kiyomi Tessaro": a person).</summary>
    public static readonly Heuristic CreditLine = new("heuristic.credit-line", 0.7, 70);

    /// <summary>heuristic.initials-and-surname: confidence 0.7, priority 100 ("J.J. Tarvelson": a person known by their initials).</summary>
    public static readonly Heuristic InitialsAndSurname = new("heuristic.initials-and-surname", 0.7, 100);

    /// <summary>heuristic.newspaper: confidence 0.75, priority 150 ("the Leeds Sentinel": a place's name and a masthead's word).</summary>
    public static readonly Heuristic Newspaper = new("heuristic.newspaper", 0.75, 150);

    /// <summary>heuristic.venue: confidence 0.65, priority 155 ("Tarvel Bank Arena": a venue's name, over the names inside it).</summary>
    public static readonly Heuristic Venue = new("heuristic.venue", 0.65, 155);

    /// <summary>
    /// heuristic.company-channel: confidence 0.7, priority 155 ("the Quorvin Channel", "Tarvel Sports": a known company's television channel,
    /// or a known body's outlet or division).
    /// </summary>
    public static readonly Heuristic CompanyChannel = new("heuristic.company-channel", 0.7, 155);

    /// <summary>heuristic.sponsored-venue: confidence 0.7, priority 155 ("the Tarvel Center": a venue named for a known company).</summary>
    public static readonly Heuristic SponsoredVenue = new("heuristic.sponsored-venue", 0.7, 155);

    /// <summary>heuristic.player-in-result: confidence 0.6, priority 70 ("Ada Quarles beat Velko Brannic 6-4": the other player).</summary>
    public static readonly Heuristic PlayerInResult = new("heuristic.player-in-result", 0.6, 70);

    /// <summary>heuristic.place-after-place: confidence 0.5, priority 70 ("Tarnwell, Quorvale": the region after a town).</summary>
    public static readonly Heuristic PlaceAfterPlace = new("heuristic.place-after-place", 0.5, 70);

    /// <summary>heuristic.list-of-places: confidence 0.5, priority 70 ("Rome, Florence and Milan": listed among known places).</summary>
    public static readonly Heuristic ListOfPlaces = new("heuristic.list-of-places", 0.5, 70);

    /// <summary>heuristic.list-under-kind: confidence 0.6, priority 70 ("carmakers such as Tarvel and Quorvin": a list under its kind).</summary>
    public static readonly Heuristic ListUnderKind = new("heuristic.list-under-kind", 0.6, 70);

    /// <summary>heuristic.place-preposition: confidence 0.5, priority 70.</summary>
    public static readonly Heuristic PlacePreposition = new("heuristic.place-preposition", 0.5, 70);

    /// <summary>heuristic.place-before-region: confidence 0.6, priority 75 ("Tarnwell, Ohio": a town named with its state or country).</summary>
    public static readonly Heuristic PlaceBeforeRegion = new("heuristic.place-before-region", 0.6, 75);

    /// <summary>heuristic.org-preposition: confidence 0.6, priority 80 ("a stake in X", "data from X").</summary>
    public static readonly Heuristic OrgPreposition = new("heuristic.org-preposition", 0.6, 80);

    /// <summary>heuristic.org-appositive: confidence 0.7, priority 85.</summary>
    public static readonly Heuristic OrgAppositive = new("heuristic.org-appositive", 0.7, 85);

    /// <summary>heuristic.media-cue: confidence 0.6, priority 85.</summary>
    public static readonly Heuristic MediaCue = new("heuristic.media-cue", 0.6, 85);

    /// <summary>heuristic.single: confidence 0.4, priority 80.</summary>
    public static readonly Heuristic Single = new("heuristic.single", 0.4, 80);

    /// <summary>heuristic.two-words: confidence 0.55, priority 80.</summary>
    public static readonly Heuristic TwoWords = new("heuristic.two-words", 0.55, 80);

    /// <summary>heuristic.two-words-org: confidence 0.4, priority 80.</summary>
    public static readonly Heuristic TwoWordsOrg = new("heuristic.two-words-org", 0.4, 80);

    /// <summary>heuristic.two-words-unknown: confidence 0.4, priority 80.</summary>
    public static readonly Heuristic TwoWordsUnknown = new("heuristic.two-words-unknown", 0.4, 80);

    /// <summary>heuristic.named-after-place ("Harlow Rovers", "Tarvel Gazette"): confidence 0.6, priority 80 until promoted.</summary>
    public static readonly Heuristic NamedAfterPlace = new("heuristic.named-after-place", 0.6, 80);

    /// <summary>A town that beat, lost to or drew with another side, by a score: its club ("Tarnwell beat Harlow 2-1").</summary>
    public static readonly Heuristic TownWithAScore = new("heuristic.town-with-score", 0.7, 80);

    /// <summary>A capitalised plural after "the" named twice in a report on sport: a team ("the Falcons").</summary>
    public static readonly Heuristic TeamNickname = new("heuristic.team-nickname", 0.65, 80);

    /// <summary>A name in a table's column whose other names are mostly people: a person ("LB | Ivo Marsh | 74").</summary>
    public static readonly Heuristic TableColumn = new("heuristic.table-column", 0.65, 80);

    /// <summary>heuristic.acronym-definition ("Union of Tarvian Cartwrights and Joiners (UTCJ)"): confidence 0.8, priority 151.</summary>
    public static readonly Heuristic AcronymDefinition = new("heuristic.acronym-definition", 0.8, 151);

    /// <summary>heuristic.lone-given-name ("Ilona said ... Ilona added"): confidence 0.6, priority 80.</summary>
    public static readonly Heuristic LoneGivenName = new("heuristic.lone-given-name", 0.6, 80);

    /// <summary>heuristic.multi-word: confidence 0.4, priority 80.</summary>
    public static readonly Heuristic MultiWord = new("heuristic.multi-word", 0.4, 80);
}
