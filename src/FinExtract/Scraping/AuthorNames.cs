using System.Globalization;
using System.Text.RegularExpressions;
using FinExtract.Text;

namespace FinExtract.Scraping;

/// <summary>Cleans bylines into person (or agency) names: no "By", roles, dates, handles or shouting capitals.</summary>
public static partial class AuthorNames
{
    /// <summary>
    /// "By", "Written by", "Analysis by", "Reporting by", and "by" in other languages (von, par, "propos recueillis par", por, door, di,
    /// av, af); or the label "Author:" in English and the main European languages (Autor, Auteur, Autore, Författare, Forfatter), and
    /// "Text:" or "Interview:" in them, and the Russian and Ukrainian "Автор:" and "Текст:". Blog templates' "posted by" in those
    /// languages ("Eingestellt von", "Publié par", "Publicado por", "Pubblicato da", "Geplaatst door") is a label too.
    /// </summary>
    [GeneratedRegex(@"^\s*(?:(?:(?:(?:written|analysis|reporting|report|words|story|text|interview|commentary|opinion|column|review|posted)\s+)?by|" +
        @"(?:(?:eingestellt|geschrieben|verfasst|veröffentlicht)\s+)?von|(?:(?:publié|écrit|rédigé)\s+|(?:propos\s+)?recueillis?\s+)?par|" +
        @"(?:(?:publicado|escrito|postado)\s+)?por|(?:geplaatst|geschreven)\s+door|door|(?:pubblicato|scritto)\s+da|di|av|af)(?:[:\s]+|$)|" +
        @"(?:authors?|autor(?:es|in|en|ka)?|auteurs?|autore|autori|författare|forfatter|" +
        @"text|texte|testo|texto|tekst|interview|entretien|entrevista|intervista|автор|авторы|текст)\s*:\s*)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ByPrefix();

    /// <summary>"Editing by X", "Additional reporting by Y", "Graphics by Z", "Photos: W" ("Фото: W"): people credited for other work than the story.</summary>
    [GeneratedRegex(@"\b(?:(?:editing|edited|compiled|graphics|translated|translation|additional\s+reporting|fact-?checked|photos?|video)\s+by\b|" +
        @"(?:photos?|fotos?|video|graphics|grafik|illustrations?|bilder?|фото|видео)\s*:)[^;|]*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex OtherCredits();

    /// <summary>Lower-case words inside names: "de", "van", "bin", and the "e"/"y" of Portuguese and Spanish surnames.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
    {
        "de", "del", "della", "van", "von", "der", "den", "ter", "ten", "zu", "da", "das", "do", "dos", "du", "di", "le", "la", "bin", "bint", "ibn",
        "al", "el", "e", "y",
    };

    private static readonly HashSet<string> Degrees = Text.Lexicon.Set("author-degrees.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Between names: punctuation and brackets ("Jane Roe (Reuters)"), a spaced middle dot or bullet ("Jane Roe · Markets"),
    /// "and"/"with", and "and" in other languages (und, et, y, en, och, og; lower case only; not the "e" of Portuguese surnames).
    /// </summary>
    [GeneratedRegex(@"\s*(?:;|\||,|[()]|\s[·•]|[·•]\s|\band\b|&|\bwith\b|(?-i:\s(?:und|et|y|en|och|og)\s)|(?<=\p{L}{3})\.\s+)\s*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Separators();

    private static readonly WarmingRegex RoleWordsRegex =
        Text.Lexicon.WarmingAlternation("\\b(?:", "byline-role-words.tsv", ")\\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex RoleWords() => RoleWordsRegex.Regex;

    /// <summary>Handles, addresses and links, a profile's path among them ("/janeroe", as article:author often holds).</summary>
    [GeneratedRegex(@"@\w+|https?://\S+|(?<!\S)/[\w.-]+/?(?!\S)|\S+@\S+\.\w+", RegexOptions.CultureInvariant)]
    private static partial Regex Handles();

    [GeneratedRegex(@"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|" +
        @"(?<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\.?\s+\d{1,2}\b|" +
        @"\d{1,2}\s+(?<month>(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*)\b|" +
        @"\d{1,2}:\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2}\b)).*$|" +
        @"(?:updated|published|posted|" +
        @"last modified)\b.*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateTail();

    private static readonly WarmingRegex OrgWordsRegex =
        Text.Lexicon.WarmingAlternation("\\b(?:", "byline-organisation-words.tsv", ")\\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled);

    private static Regex OrgWords() => OrgWordsRegex.Regex;

    private static readonly WarmingRegex LinkLabelsRegex =
        Text.Lexicon.WarmingAlternation("\\b(?:", "byline-link-labels.tsv", ")\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    private static Regex LinkLabels() => LinkLabelsRegex.Regex;

    /// <summary>News agencies and wire services (Resources/lexicon/news-agencies.tsv), longest first so a longer name is cut before a shorter.</summary>
    private static readonly string[] Agencies = Text.Lexicon.Read("news-agencies.tsv").Select(r => r[0]).OrderByDescending(a => a.Length).ToArray();

    private static readonly HashSet<string> AgencySet = new(Agencies, StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether a name is a news agency or wire service ("Reuters", "dpa", "The Associated Press").</summary>
    public static bool IsAgency(string name) => AgencySet.Contains(name);

    /// <summary>
    /// The people and the agencies of a list of byline names. Beside a person an agency is where the story came from, not
    /// an author; alone it is the author the page shows, and also the agency.
    /// </summary>
    public static (List<string> People, List<string> Agencies) SplitAgencies(IReadOnlyList<string> names)
    {
        var agencies = names.Where(IsAgency).ToList();
        var people = names.Where(n => !IsAgency(n)).ToList();
        return (people.Count > 0 ? people : agencies, agencies);
    }

    /// <summary>
    /// Two to four capitalised words, then "for" and the outlet ("Lena Marsh for Harlow Times", "Ivo Marsh for MailOnline"); in a
    /// byline set in title case the "For" and "The" are capitalised too ("Ivo Marsh For The Tarn Courier").
    /// </summary>
    [GeneratedRegex(@"^(?<name>\p{Lu}[\p{L}'’.-]*(?:\s+(?!For\s)\p{Lu}[\p{L}'’.-]*){1,3})\s+[Ff]or\s+(?:[Tt]he\s+)?\p{Lu}.*$", RegexOptions.CultureInvariant)]
    private static partial Regex ForOutlet();

    /// <summary>One capitalised word either side of "&amp;", with no other word of a name next to them: "Jobs &amp; Hire".</summary>
    [GeneratedRegex(@"(?<![\p{L}.]\s)\b\p{Lu}\p{L}+\s*&\s*\p{Lu}\p{L}+\b(?!\s+\p{Lu})", RegexOptions.CultureInvariant)]
    private static partial Regex FirmWithAmpersand();

    /// <summary>Stands for "&amp;" inside a firm's name while a byline is split at its separators.</summary>
    private const char AmpersandInName = '\uE026';

    [GeneratedRegex(@"\s+(?:in|from)\s+\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}$", RegexOptions.CultureInvariant)]
    private static partial Regex WherePlace();

    /// <summary>
    /// A Korean byline's outlet before "=" and the title after the name ("스포츠조선=홍길동 기자", "홍길동 선임기자", "홍길동 칼럼니스트"):
    /// the name is what is left.
    /// </summary>
    [GeneratedRegex(@"^[^=\s]{1,20}=\s*(?=\p{IsHangulSyllables})|(?<=\p{IsHangulSyllables})\s*(?:선임|수석|객원|인턴|전문)?(?:기자|칼럼니스트|특파원|논설위원)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex KoreanOutletAndTitle();

    [GeneratedRegex(@"\s+(?:on|at|am|le|el|il|em|op|den|the)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex JoinBeforeDate();

    [GeneratedRegex(@"\s+the$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TheBefore();

    [GeneratedRegex(@"^[a-z][a-z0-9_]{2,19}$", RegexOptions.CultureInvariant)]
    private static partial Regex Handle();

    /// <summary>
    /// Cleans the text of an element marked up as the author (rel=author, itemprop=author): besides
    /// names, a bare account name such as "admin" is kept, since that is the byline the page shows.
    /// </summary>
    public static List<string> CleanMarkedAuthor(string? text)
    {
        string t = (text ?? "").Trim();
        if (Handle().IsMatch(t) && !RoleWords().IsMatch(t)) return new List<string> { t };
        return Clean(text);
    }

    /// <summary>
    /// The byline up to the first date or time in it; a word that only starts like a month ("Marsh 3", "4 Junior") is a name's,
    /// so the month has to be one the date parser knows.
    /// </summary>
    private static string CutDateTail(string s)
    {
        for (var m = DottedDayDate().Match(s); m.Success; m = DottedDayDate().Match(s, m.Index + 1))
        {
            if (DateParser.MonthNumber(m.Groups["month"].Value) == null) continue;
            var weekday = m.Groups["weekday"];
            s = s[..(weekday.Success && IsWeekday(weekday.Value) ? weekday.Index : m.Groups["day"].Index)];
            break;
        }
        for (var m = DateTail().Match(s); m.Success; m = DateTail().Match(s, m.Index + 1))
            if (!m.Groups["month"].Success || DateParser.MonthNumber(m.Groups["month"].Value) != null) return s[..m.Index];
        return s;
    }

    /// <summary>
    /// "Ana Roe Fr, 18. Oktober 2019", "Ana Roe, 3. mars 2021": a day written with a dot before a month's name (German, Nordic,
    /// Polish, Czech dates), with the weekday that may come before it (checked by the caller, as is the month).
    /// </summary>
    [GeneratedRegex(@"(?:\b(?<weekday>\p{L}{2,11})\.?,?\s+)?\b(?<day>\d{1,2})\.\s*(?<month>\p{L}{3,12})\b", RegexOptions.CultureInvariant)]
    private static partial Regex DottedDayDate();

    /// <summary>A weekday written out in a listed language, or shortened as German datelines do ("Fr", "Mo.").</summary>
    private static bool IsWeekday(string word) => DateParser.WeekdayNumber(word) != null || GermanShortWeekdays.Contains(word);

    private static readonly HashSet<string> GermanShortWeekdays = new(StringComparer.Ordinal) { "Mo", "Di", "Mi", "Do", "Fr", "Sa", "So" };

    /// <summary>Splits and cleans a byline; returns the names in order, without duplicates.</summary>
    public static List<string> Clean(string? byline)
    {
        var result = new List<string>();
        if (string.IsNullOrWhiteSpace(byline)) return result;
        string s = Handles().Replace(byline, " ");
        s = Regex.Replace(s, @"\s+", " ").Trim();
        if (IsAddress(s)) return result;
        s = OtherCredits().Replace(s, " ");
        s = LinkLabels().Replace(s, " | "); // "Julia Roe Alle Artikel": the author box's link, not the name
        s = ByPrefix().Replace(s, "");
        s = CutDateTail(s); // "By Jane Doe Monday, November 18, 2019" -> "By Jane Doe"
        s = JoinBeforeDate().Replace(s, ""); // "Posted by Jane Doe on" (the date was cut off) -> "Posted by Jane Doe"
        // "Tarn & Harlow", "Marks & Spencer": one word either side of "&" is a firm's name, not two people
        var parts = Separators().Split(FirmWithAmpersand().Replace(s, m => m.Value.Replace('&', AmpersandInName)))
            .Select(x => x.Replace(AmpersandInName, '&')).ToArray();
        for (int i = 0; i < parts.Length; i++)
        {
            string raw = parts[i];
            // "The Russian and Syrian defense ministries": what follows "and" is no name, so what comes before it is not one either
            if (i + 1 < parts.Length && IsDescriptionAfterAnd(s, raw, parts[i + 1])) { i++; continue; }
            string p = ByPrefix().Replace(raw.Trim(), "").Trim(' ', '.', ',', ':', '-', '–', '—', '|', '·', '~', '→', '»', '›', '/');
            p = WherePlace().Replace(p, ""); // "Lena Marsh in London": where the reporter filed from
            // "Lena Marsh for Harlow Times": the outlet the writer filed for (not "Centre for X", one word, nor "National Center for X")
            if (ForOutlet().Match(p) is { Success: true } forOutlet && !OrgWords().IsMatch(forOutlet.Groups["name"].Value))
                p = forOutlet.Groups["name"].Value;
            // "Isabel KeaneJournal News": the next element's text, after a name's first word (a handle may be one word: "MoritzMeyer")
            if (GluedText().Match(p) is { Success: true } glued && p.IndexOf(' ') is int space and > 0 && glued.Index > space) p = p[..glued.Index];
            p = KoreanOutletAndTitle().Replace(p, "");
            if (p.Length < 2 || p.Length > 60 || Degrees.Contains(p.Replace(".", "").Replace(" ", ""))) continue;
            if (IsAgency(p)) { Add(result, p); continue; }
            if (DateLabels.Contains(p)) continue; // "Veröffentlicht am 3. März": the label of the date that was cut off
            if (RoleWords().IsMatch(p)) continue;
            if (!p.Any(char.IsLetter) || p.Any(char.IsDigit) || DomainName().IsMatch(p)) continue; // "CNN.com": the outlet's site
            var words = p.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.All(IsOrganisationWord)) continue; // "Staff", "Wire Services": a credit to the outlet, no one's name
            // A name shown twice side by side (an avatar's label and the link): "Jane Roe Jane Roe"
            if (words.Length is 4 or 6 && words.Take(words.Length / 2).SequenceEqual(words.Skip(words.Length / 2)))
            {
                words = words[..(words.Length / 2)];
                p = string.Join(' ', words);
            }
            // "June" or "Donnerstag" alone is a date's; "June Lee" a name
            if (words.Length > 5 || words.All(w => DateParser.MonthNumber(w) != null || DateParser.WeekdayNumber(w) != null)) continue;
            // A name starts each word with a capital (particles such as "de", "van" excepted); scripts without case
            // (Hangul, Han) have none to show.
            // ...and an outlet's staff may be credited in lower case ("Harbournews.com staff": the outlet's byline when no person is named)
            if (!words.Select((w, k) => char.IsUpper(w[0]) || Particles.Contains(w) || k > 0 && k == words.Length - 1 && IsOrganisationWord(w)
                || !char.IsLetter(w[0]) || !char.IsLower(w[0]) && char.ToUpperInvariant(w[0]) == char.ToLowerInvariant(w[0])).All(ok => ok)) continue;
            Add(result, Recase(p));
        }
        return Tidy(result);
    }

    private static readonly HashSet<string> Countries = Text.Lexicon.Set("byline-countries.tsv", StringComparer.Ordinal);

    /// <summary>
    /// "Harlow Gazette, Tarvel, Germany": an author field of two parts or more whose last is a country (byline-countries.tsv) is
    /// the outlet's address, not a list of people.
    /// </summary>
    private static bool IsAddress(string byline)
    {
        int comma = byline.LastIndexOf(',');
        if (comma <= 0 || !Countries.Contains(byline[(comma + 1)..].Trim())) return false;
        // ...whose first part is no person's name: a web address, a lower-case word ("Kirche und Leben"), an organisation word
        string first = byline[..byline.IndexOf(',')].Trim();
        return first.Contains('.') || first.Split(' ').Any(w => w.Length > 0 && char.IsLower(w[0])) || OrgWords().IsMatch(first);
    }

    /// <summary>Words that label a date ("Veröffentlicht", "Updated"): left alone once the date after them is cut, they are no name.</summary>
    private static readonly HashSet<string> DateLabels = Text.Lexicon.Set(StringComparer.OrdinalIgnoreCase, "date-cues.tsv", "date-update-cues.tsv");

    /// <summary>
    /// Where the text of a neighbouring element was run into a name without a space ("KeaneJournal"): a capital after four lower-case
    /// letters and before three more; prefixes such as "Mc", "De", "Mac", "Di" are shorter.
    /// </summary>
    [GeneratedRegex(@"(?<=\p{Ll}{4})\p{Lu}\p{Ll}{3}", RegexOptions.CultureInvariant)]
    private static partial Regex GluedText();

    /// <summary>A web site's name as an author ("CNN.com", "EXAMPLE.CO.UK"): one word ending in a common top-level domain.</summary>
    [GeneratedRegex(@"^[\p{L}\d-]{2,}(?:\.[\p{L}\d-]+)*\.(?:com|net|org|info|news|co|uk|in|au|ca|de|fr|es|it|nl|ie|nz|za|sg|jp|cn|ru|tv|io|me)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DomainName();

    private static bool IsOrganisationWord(string word) => OrgWords().Match(word) is { Success: true } m && m.Length == word.Length;

    /// <summary>Whether <paramref name="next"/> follows <paramref name="part"/> after "and" and is a description in lower-case words, not a name.</summary>
    private static bool IsDescriptionAfterAnd(string byline, string part, string next)
    {
        int at = byline.IndexOf(part + " and " + next, StringComparison.Ordinal);
        if (at < 0 || part.Length == 0 || IsAgency(ByPrefix().Replace(part.Trim(), ""))) return false;
        var words = next.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // a capitalised adjective and a common noun ("Syrian defense ministries"), not a name with a place after it ("Jo Roe in Rome")
        return words.Length >= 2 && char.IsUpper(words[0][0]) && char.IsLower(words[^1][0]) && !Particles.Contains(words[^1])
            && !RoleWords().IsMatch(next);
    }

    /// <summary>
    /// Rules over a whole set of names from one page: an agency run into a name is cut off, and beside a
    /// person an outlet ("Sputnik International", "IGN Staff") or a lone dateline word ("Washington") goes.
    /// </summary>
    public static List<string> Tidy(IEnumerable<string> names)
    {
        var result = new List<string>();
        foreach (var n in names) Add(result, n);
        // A name run into its agency ("Tom Davies Associated Press") loses the agency.
        for (int i = 0; i < result.Count; i++)
            foreach (var agency in Agencies)
                if (result[i].EndsWith(" " + agency, StringComparison.OrdinalIgnoreCase) && result[i].Split(' ').Length - agency.Split(' ').Length >= 2)
                    result[i] = TheBefore().Replace(result[i][..^(agency.Length + 1)], ""); // "... The Associated Press"
        result = result.Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        // Beside a person, "Sputnik International" is the outlet, not a second author.
        if (result.Count > 1 && result.Any(n => !OrgWords().IsMatch(n)))
            result.RemoveAll(n => OrgWords().IsMatch(n) && !IsAgency(n));
        // Beside a full name or an agency, a lone word is a dateline place ("Reuters, Washington").
        if (result.Any(n => n.Contains(' ') || IsAgency(n)))
            result.RemoveAll(n => !n.Contains(' ') && !IsAgency(n));
        return result;
    }

    /// <summary>The names of an author field as the metadata writes it ("Jane Roe; John Poe").</summary>
    public static string[] Listed(string authors) => authors.Split("; ", StringSplitOptions.RemoveEmptyEntries);

    /// <summary>
    /// Whether an author field holds only the outlet's own name: the site or publisher name itself (with or without its domain
    /// ending or a tagline after a dash), and not a person's name that a personal site happens to carry ("Jane Roe" on janeroe.eu).
    /// </summary>
    public static bool IsOutletName(string name, params string[] outlets)
    {
        string key = Key(name);
        if (key.Length == 0 || StartsWithGivenName(name)) return false;
        return outlets.Any(o => Key(o) == key || Key(SiteTail().Replace(o, "")) == key);
    }

    /// <summary>
    /// A name as names are compared here and in the metadata (authors, site names, title parts): its letters and digits, lower case
    /// ("Presse-Augsburg.de" as "presseaugsburgde").
    /// </summary>
    internal static string Key(string s) => new string(s.Where(char.IsLetterOrDigit).ToArray()).ToLowerInvariant();

    /// <summary>A site name's domain ending (".de", ".Online") or a tagline after a dash or bar.</summary>
    [GeneratedRegex(@"(?:\.[a-z]{2,8}|\s+[-–|].*)$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteTail();

    private static readonly Lazy<HashSet<string>> GivenNames = new(() =>
    {
        string path = Path.Combine(AppContext.BaseDirectory, "Resources", "gazetteers", "given-names.txt");
        return File.Exists(path) ? Entities.GivenNames.Read(path) : new HashSet<string>();
    });

    /// <summary>Whether one word is a given name of the list ("Posted by Ivo": a blog signed with the first name alone).</summary>
    public static bool IsGivenName(string word) => GivenNames.Value.Contains(word);

    private static bool StartsWithGivenName(string name) =>
        name.Split(' ', StringSplitOptions.RemoveEmptyEntries) is { Length: >= 2 } words && IsGivenName(words[0]);

    /// <summary>Whether a name has a word of an outlet or organisation in it ("News", "Agency", "Media").</summary>
    public static bool IsOrganisationLike(string name) => OrgWords().IsMatch(name);

    private static void Add(List<string> list, string name)
    {
        if (!list.Any(x => x.Equals(name, StringComparison.OrdinalIgnoreCase))) list.Add(name);
    }

    /// <summary>"TOM KRISHER" becomes "Tom Krisher"; mixed case is left alone.</summary>
    public static string Recase(string name)
    {
        if (name.Any(char.IsLower) || name.Length <= 4) return name;
        return CultureInfo.InvariantCulture.TextInfo.ToTitleCase(name.ToLowerInvariant());
    }
}
