namespace FinExtract.Numbers;

/// <summary>The number vocabulary: English cardinals, scales (with those of other languages), fraction denominators, multiples.</summary>
public static class NumberWords
{
    /// <summary>zero..nineteen.</summary>
    public static readonly Dictionary<string, int> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        ["zero"] = 0, ["nought"] = 0, ["naught"] = 0, ["nil"] = 0, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["five"] = 5,
        ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["seventeen"] = 17, ["eighteen"] = 18,
        ["nineteen"] = 19,
    };

    /// <summary>twenty..ninety.</summary>
    public static readonly Dictionary<string, int> Tens = new(StringComparer.OrdinalIgnoreCase)
    {
        ["twenty"] = 20, ["thirty"] = 30, ["forty"] = 40, ["fourty"] = 40, ["fifty"] = 50, ["sixty"] = 60, ["seventy"] = 70,
        ["eighty"] = 80, ["ninety"] = 90,
    };

    /// <summary>Whether a word is a unit (zero..nineteen) or a ten (twenty..ninety).</summary>
    public static bool IsUnitOrTen(string word) => Units.ContainsKey(word) || Tens.ContainsKey(word);

    /// <summary>The rows of Resources/lexicon/number-scales.tsv, read once for both tables below.</summary>
    private static readonly IReadOnlyList<string[]> ScaleRows = Text.Lexicon.Read("number-scales.tsv");

    /// <summary>Scale words written apart from the number, in English and the main European languages (Resources/lexicon/number-scales.tsv).</summary>
    public static readonly Dictionary<string, double> Scales = ScaleRows
        .ToDictionary(r => r[^1], r => double.Parse(r[0], System.Globalization.CultureInfo.InvariantCulture), StringComparer.OrdinalIgnoreCase);

    /// <summary>Scale words of languages with a decimal comma ("Mrd.", "millones"): before one, "1.200" is grouped, not a decimal.</summary>
    public static readonly HashSet<string> DecimalCommaScales = ScaleRows
        .Where(r => r.Length == 3 && r[1] == "comma").Select(r => r[^1]).ToHashSet(StringComparer.OrdinalIgnoreCase);

    /// <summary>Scale letters and words written onto digits ("10k", "1.2b", "10G", "5million"), case-sensitive; "m" only for money.</summary>
    public static readonly Dictionary<string, double> AttachedScales = new(StringComparer.Ordinal)
    {
        ["k"] = 1e3, ["K"] = 1e3, ["M"] = 1e6, ["m"] = 1e6, ["mn"] = 1e6, ["mln"] = 1e6, ["mil"] = 1e6, ["MM"] = 1e6,
        ["b"] = 1e9, ["B"] = 1e9, ["bn"] = 1e9, ["bln"] = 1e9, ["Bn"] = 1e9, ["BN"] = 1e9, ["tn"] = 1e12, ["trn"] = 1e12,
        ["tln"] = 1e12, ["T"] = 1e12, ["G"] = 1e9, ["cr"] = 1e7,
        // French "milliard" abbreviated onto a currency code: "3,2 MdEUR", "1,5 MdsUSD"
        ["Md"] = 1e9, ["Mds"] = 1e9,
        // Whole scale words run onto the digits, as tabloid and wire copy writes them: "£25million", "$3billion".
        ["thousand"] = 1e3, ["million"] = 1e6, ["billion"] = 1e9, ["trillion"] = 1e12,
    };

    /// <summary>
    /// Scales written only with money: finance's "mm" for a thousand thousands ("$2.5mm", "$5 MM"); after a bare number, "mm" is
    /// millimetres.
    /// </summary>
    public static readonly Dictionary<string, double> MoneyOnlyScales = new(StringComparer.Ordinal) { ["mm"] = 1e6, ["MM"] = 1e6 };

    /// <summary>Fraction denominators: "half", "thirds", "quarter", "twentieth", "hundredths".</summary>
    public static readonly Dictionary<string, double> Denominators = BuildDenominators();

    /// <summary>Ordinal units that only count as denominators inside a compound ("twenty-first").</summary>
    public static readonly Dictionary<string, int> OrdinalUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        ["first"] = 1, ["second"] = 2, ["third"] = 3, ["fourth"] = 4, ["fifth"] = 5, ["sixth"] = 6, ["seventh"] = 7,
        ["eighth"] = 8, ["ninth"] = 9, ["firsts"] = 1, ["seconds"] = 2, ["thirds"] = 3, ["fourths"] = 4, ["fifths"] = 5,
        ["sixths"] = 6, ["sevenths"] = 7, ["eighths"] = 8, ["ninths"] = 9,
    };

    /// <summary>Words after "one-" that make it an adjective of manner, not a count ("one-off", "one-time", "one-way").</summary>
    public static readonly HashSet<string> OneIdioms = Text.Lexicon.Set("number-one-idioms.tsv", StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words that may follow a fraction when it measures a change itself ("rose by a third in a year", "cut by a quarter to 300", "cut
    /// rates by a quarter-point on Wednesday"): a preposition or adverb of time or of the level reached, no noun the fraction qualifies
    /// ("by a third party", "by a half-point margin").
    /// </summary>
    public static readonly HashSet<string> WordsAfterAChange = new(StringComparer.Ordinal)
    {
        "in", "to", "from", "since", "over", "on", "at", "after", "during", "between", "compared", "against", "versus", "than", "this", "last",
        "each", "for", "while", "as", "earlier", "today", "yesterday",
    };

    /// <summary>Determiners and possessives that make a following "point" a noun ("the point two readers made"), not a decimal point.</summary>
    public static readonly HashSet<string> NounDeterminers = new(StringComparer.Ordinal)
    {
        "a", "an", "the", "this", "that", "each", "every", "any", "no", "which", "what", "whose", "my", "your", "his", "her", "its",
        "our", "their", "another",
    };

    /// <summary>"Percent" as one word in other languages (de Prozent; nl, pl, sv, da procent; no prosent; cs procento).</summary>
    public static readonly HashSet<string> ForeignPercentWords = new(StringComparer.Ordinal) { "prozent", "procent", "prosent", "procento" };

    /// <summary>"Percent" as two words: fr "pour cent", es "por ciento", pt "por cento", it "per cento".</summary>
    public static readonly HashSet<string> ForeignPercentFirstWords = new(StringComparer.Ordinal) { "pour", "por", "per" };

    /// <summary>The second word of a two-word "percent" (see <see cref="ForeignPercentFirstWords"/>).</summary>
    public static readonly HashSet<string> ForeignPercentSecondWords = new(StringComparer.Ordinal) { "cent", "ciento", "cento" };

    /// <summary>Verbs that state a multiple ("doubled").</summary>
    public static readonly Dictionary<string, double> MultipleVerbs = new(StringComparer.OrdinalIgnoreCase)
    {
        ["doubled"] = 2, ["doubling"] = 2, ["tripled"] = 3, ["tripling"] = 3, ["trebled"] = 3, ["quadrupled"] = 4,
        ["quadrupling"] = 4, ["quintupled"] = 5, ["halved"] = 0.5, ["halving"] = 0.5,
    };

    private static Dictionary<string, double> BuildDenominators()
    {
        var d = new Dictionary<string, double>(StringComparer.OrdinalIgnoreCase)
        {
            ["half"] = 2, ["halves"] = 2, ["third"] = 3, ["thirds"] = 3, ["quarter"] = 4, ["quarters"] = 4,
            ["hundredth"] = 100, ["thousandth"] = 1e3, ["millionth"] = 1e6, ["billionth"] = 1e9, ["trillionth"] = 1e12,
        };
        string[] ords = { "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth",
            "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth" };
        for (int i = 0; i < ords.Length; i++) d[ords[i]] = i + 4;
        string[] tens = { "twentieth", "thirtieth", "fortieth", "fiftieth", "sixtieth", "seventieth", "eightieth", "ninetieth" };
        for (int i = 0; i < tens.Length; i++) d[tens[i]] = (i + 2) * 10;
        foreach (var k in d.Keys.ToList()) if (!k.EndsWith('f') && !k.EndsWith("ves") && !k.EndsWith('s')) d.TryAdd(k + "s", d[k]);
        return d;
    }
}
