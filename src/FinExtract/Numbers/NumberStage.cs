using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using FinExtract.Documents;
using FinExtract.Entities;
using FinExtract.Pipeline;
using FinExtract.Rules;

namespace FinExtract.Numbers;

/// <summary>
/// The number stage: dates, money, percentages, counts and multiples with their values; each number's
/// role (from the role rules; empty when no rule states it) and subject (the entity it is about); and the
/// stock moves the text reports.
/// </summary>
public sealed partial class NumberStage : IStage
{
    /// <summary>The layer this stage adds.</summary>
    public const string NumbersLayer = "numbers";

    private readonly NumberRecognizer _recognizer;
    private readonly RuleSet _roleRules;
    private readonly double _minConfidence;
    private readonly double _minRoleConfidence;

    /// <summary>Creates the stage.</summary>
    public NumberStage(Currencies currencies, RuleSet roleRules, double minConfidence, double minRoleConfidence = DefaultMinRoleConfidence)
    {
        _recognizer = new NumberRecognizer(currencies);
        _roleRules = roleRules;
        _minConfidence = minConfidence;
        _minRoleConfidence = minRoleConfidence;
    }

    /// <inheritdoc />
    public string Name => "numbers";

    [GeneratedRegex(@"\b(?:https?://|www\.)\S+", RegexOptions.CultureInvariant)]
    private static partial Regex Url();

    [GeneratedRegex(@"\b[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63})+", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    /// <summary>
    /// URLs and e-mail addresses, whose digits are not numbers. Each pattern runs only when the body has its
    /// anchor ("http"/"www." or "@"): the e-mail pattern tries every word of a body otherwise.
    /// </summary>
    private static IEnumerable<Match> UrlLike(string body)
    {
        if (body.Contains("http", StringComparison.Ordinal) || body.Contains("www.", StringComparison.Ordinal))
            foreach (Match m in Url().Matches(body)) yield return m;
        if (body.Contains('@'))
            foreach (Match m in Email().Matches(body)) yield return m;
    }

    [GeneratedRegex(@"\b(?:up|down|rose|rise|rises|rising|fell|fall|falls|falling|climbed|climbs|climbing|gained|gains|gaining|jumped|jumps|surged|" +
        @"surges|soared|soars|rallied|advanced|added|dropped|drops|slid|slides|slipped|declined|declines|lost|loses|tumbled|plunged|plunges|sank|" +
        @"sinks|dipped|edged\s+(?:up|down|higher|lower)|higher|lower)\b", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Direction();

    private static readonly HashSet<string> DownWords = new(StringComparer.OrdinalIgnoreCase)
    { "down", "fell", "fall", "falls", "falling", "dropped", "drops", "slid", "slides", "slipped", "declined", "declines", "lost", "loses",
    "tumbled", "plunged", "plunges", "sank", "sinks", "dipped", "lower" };

    /// <summary>
    /// Names that end in a number ("S&amp;P 500", "FTSE 100", "Fortune 500"): Resources/lexicon/number-named-indices.tsv, a space in a
    /// name also matching a hyphen or nothing ("Nasdaq-100", "S&amp;P500").
    /// </summary>
    private static readonly Text.WarmingRegex NamedIndices = new(@"(?<![\w&/])(?:"
        + string.Join('|', Text.Lexicon.Read("number-named-indices.tsv").Select(r => r[0]).OrderByDescending(n => n.Length)
            .Select(n => string.Join(@"[\s-]?", n.Split(' ').Select(Regex.Escape))))
        + @")(?![\w%])", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase, compileAfterUses: OncePerArticle);

    /// <summary>Uses after which a pattern run once over each whole body is compiled: a few articles, not the word lists' thousands.</summary>
    private const int OncePerArticle = 16;

    /// <summary>Languages that group thousands with a dot ("1.500" is fifteen hundred): Resources/lexicon/dot-thousands-languages.tsv.</summary>
    private static readonly HashSet<string> DotThousandsLanguages = Text.Lexicon.Set("dot-thousands-languages.tsv", StringComparer.OrdinalIgnoreCase);

    /// <inheritdoc />
    public void Process(Article article, StageContext context)
    {
        string body = article.Body;
        DateOnly? published = null;
        if (Text.DateParser.Parse(article.Metadata.Published.Value) is { } pd) published = pd.Date;
        var sentences = article.Sentences;
        (int, int) SentenceOf(int pos) => Text.Sentence.IndexAt(sentences, pos) is int k and >= 0 ? (sentences[k].Start, sentences[k].End) : (0, body.Length);
        var blocked = new List<(int Start, int End)>();
        foreach (Match m in UrlLike(body)) blocked.Add((m.Index, m.Index + m.Length));
        foreach (Match m in NamedIndices.Regex.Matches(body)) blocked.Add((m.Index, m.Index + m.Length));
        foreach (var e in article.Entities) blocked.Add((e.Start, e.End));
        var all = new List<NumberMention>();
        bool dotThousands = DotThousandsLanguages.Contains(article.Metadata.LanguageCode);
        var blockedByStart = new Text.StartIndex<(int Start, int End)>(blocked, b => b.Start);
        int longest = blocked.Count == 0 ? 0 : blocked.Max(b => b.End - b.Start);
        foreach (var p in article.Paragraphs)
        {
            context.CheckTime(Name);
            var dates = DateRecognizer.Find(body, p.Start, p.End, published, SentenceOf);
            // the blocked spans that overlap the paragraph, in the order they were listed
            var pb = blockedByStart.StartingIn(p.Start - longest, p.End - 1).Where(i => blocked[i].End > p.Start).Order().Select(i => blocked[i]).ToList();
            dates.RemoveAll(d => pb.Any(b => d.Start < b.End && b.Start < d.End));
            pb.AddRange(dates.Select(d => (d.Start, d.End)));
            all.AddRange(dates);
            all.AddRange(_recognizer.Find(body, p.Start, p.End, pb, dotThousands));
        }
        all.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        if (context.Trace != null)
        {
            foreach (var n in all.Where(n => n.Confidence < _minConfidence))
                context.Trace($"numbers: lost \"{body[n.Start..n.End]}\" [{n.Start}-{n.End}) {n.Kind} by {n.Rule}: confidence {n.Confidence.ToString("0.00",
                CultureInfo.InvariantCulture)} below minConfidence {_minConfidence.ToString("0.00", CultureInfo.InvariantCulture)}");
            foreach (Match m in UrlLike(body))
                if (m.Value.Any(char.IsDigit)) context.Trace($"numbers: skipped the digits of \"{m.Value}\" [{m.Index}-{m.Index
                + m.Length}): a URL or e-mail address");
            foreach (Match m in NamedIndices.Regex.Matches(body))
                context.Trace($"numbers: skipped the digits of \"{m.Value}\" [{m.Index}-{m.Index + m.Length}): the name of an index or ranking");
            foreach (var e in article.Entities)
                if (body.AsSpan(e.Start, e.End - e.Start)
                .ContainsAnyInRange('0',
                '9')) context.Trace($"numbers: skipped the digits of \"{body[e.Start..e.End]}\" [{e.Start}-{e.End}): part of entity {e.EntityId} " +
                $"({e.Type}, {e.Rule})");
        }
        all.RemoveAll(n => n.Confidence < _minConfidence);
        CurrencyByCountry.Resolve(body, all, SentenceOf, article.Metadata.LanguageCode);

        var result = new List<NumberMention>(all.Count);
        var entitiesByStart = new EntitiesByStart(article.Entities);
        foreach (var n in all)
        {
            var (ss, se) = SentenceOf(n.Start);
            // what a number's role and subject read of the entities: those of its sentence (and one named right after it)
            var near = entitiesByStart.StartingIn(ss, Math.Max(se, n.End + 2));
            var withRole = AssignRole(body, n, ss, se, near, context);
            result.Add(withRole with { Subject = Subject(body, withRole, ss, se, near) });
        }
        article.SetNumbers(result, Moves(body, result, article.Entities, SentenceOf));
        article.Layers.Add(NumbersLayer);
        context.Trace?.Invoke($"numbers: {result.Count} numbers, {article.Moves.Count} moves");
    }

    /// <summary>
    /// The clause-sized context a role is read from: the sentence with the number replaced by a placeholder and, when
    /// <paramref name="organisations"/> are given, each organisation mention in it by &lt;ORG&gt;.
    /// </summary>
    public static (string Text, int At) RoleContext(string body, NumberMention n, int ss, int se,
        IReadOnlyList<Entities.EntityMention>? organisations = null)
    {
        // A window of the sentence: roles are stated near the number, and long sentences cost regex time.
        if (n.Start - ss > ContextChars) { ss = n.Start - ContextChars; while (ss < n.Start && !char.IsWhiteSpace(body[ss - 1])) ss++; }
        if (se - n.End > ContextChars) { se = n.End + ContextChars; while (se > n.End && !char.IsWhiteSpace(body[se])) se--; }
        var spans = new List<(int Start, int End, string Text)> { (n.Start, n.End, Placeholder(n.Kind)) };
        foreach (var o in organisations ?? Array.Empty<Entities.EntityMention>())
            if (o.Type == "ORG" && o.Start >= ss && o.End <= se && (o.End <= n.Start || o.Start >= n.End))
                spans.Add((o.Start, o.End, OrgPlaceholder));
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        var sb = new StringBuilder();
        int pos = ss, at = 0;
        foreach (var (start, end, text) in spans)
        {
            if (start < pos) continue;
            sb.Append(body, pos, start - pos);
            if (start == n.Start) at = sb.Length;
            sb.Append(text);
            pos = end;
        }
        sb.Append(body, pos, Math.Max(0, se - pos));
        return (sb.Replace('\n', ' ').ToString(), at);
    }

    /// <summary>What an organisation mention reads as in role rules that name it.</summary>
    public const string OrgPlaceholder = "<ORG>";

    private const int ContextChars = 120;

    /// <summary>
    /// Role rules below this confidence are not applied unless pipeline.json lowers roleMinConfidence: on hand-checked news text the
    /// rules at or above it gave about 0.9 precision.
    /// </summary>
    public const double DefaultMinRoleConfidence = 0.8;

    /// <summary>The placeholder a number of a kind stands as in role rules and the role model: &lt;MONEY&gt;, &lt;PERCENT&gt;...</summary>
    public static string Placeholder(string kind) => "<" + kind.ToUpperInvariant() + ">";

    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, (Rule Rule, bool NamesOrg)[]> _rulesByKind = new(StringComparer.Ordinal);

    /// <summary>
    /// The role rules that apply to a kind of number, in file order: those at or above roleMinConfidence whose pattern reads its
    /// placeholder, each with whether it names &lt;ORG&gt;. Worked out once per kind, not for every number.
    /// </summary>
    private (Rule Rule, bool NamesOrg)[] RulesFor(string kind) =>
        _rulesByKind.GetOrAdd(kind, k => _roleRules.Rules
            .Where(r => r.Confidence >= _minRoleConfidence && r.Pattern.ToString().Contains(k.ToUpperInvariant(), StringComparison.Ordinal))
            .Select(r => (r, r.Pattern.ToString().Contains(OrgPlaceholder, StringComparison.Ordinal))).ToArray());

    private NumberMention AssignRole(string body, NumberMention n, int ss, int se, IReadOnlyList<Entities.EntityMention> entities,
        StageContext context)
    {
        if (n.Kind is "date" or "time" or "ordinal") return n;
        var (ctx, at) = RoleContext(body, n, ss, se);
        (string Text, int At)? orgCtx = null;
        RuleMatch? best = null;
        foreach (var (rule, namesOrg) in RulesFor(n.Kind))
        {
            var (text, from) = (ctx, at);
            if (namesOrg) (text, from) = orgCtx ??= RoleContext(body, n, ss, se, entities);
            int phEnd = from + Placeholder(n.Kind).Length;
            foreach (var m in RuleSet.Find(rule, text))
                if (m.Start <= from && m.End >= phEnd && (best == null || Better(m, best)))
                    best = m;
        }
        if (best != null)
        {
            context.Trace?.Invoke($"numbers: {body[n.Start..n.End]} role {best.Rule.Label} by {best.Rule.Id}");
            return n with { Role = best.Rule.Label, RoleSource = best.Rule.Id };
        }
        // No rule states the role: it stays empty. A guessed role is worse than none.
        return n;
    }

    private static bool Better(RuleMatch a, RuleMatch b) =>
        a.Rule.Priority != b.Rule.Priority ? a.Rule.Priority > b.Rule.Priority : a.Length != b.Length ? a.Length > b.Length
        : string.CompareOrdinal(a.Rule.Id, b.Rule.Id) < 0;

    /// <summary>
    /// The entity a number is about: a product or company named right after a count ("350,000 H100s"), else
    /// the nearest organisation before the number in its clause, else the nearest one before it in the sentence.
    /// </summary>
    private static string Subject(string body, NumberMention n, int ss, int se, IReadOnlyList<EntityMention> entities)
    {
        if (n.Kind is "date" or "time" or "ordinal") return "";
        if (n.Kind == "count")
        {
            foreach (var e in entities)
            {
                if (e.Start < n.End || e.Start > n.End + 2) continue;
                if (e.Type is "PRODUCT" or "ORG") return e.EntityId;
            }
        }
        if (n.Kind is not ("money" or "percent" or "basis_points" or "multiple")) return "";
        int clauseStart = ss;
        for (int i = n.Start - 1; i > ss; i--)
        {
            if (body[i] == ';' || (body[i] == ',' && StartsWithAny(body, i + 1, ", while", ", whereas", ", but", ", and ")))
            {
                clauseStart = i;
                break;
            }
        }
        EntityMention? best = null;
        foreach (var e in entities)
        {
            if (e.Type != "ORG" || e.End > n.Start) continue;
            if (e.Start >= clauseStart && (best == null || e.Start > best.Start)) best = e;
        }
        if (best == null)
            foreach (var e in entities)
                if (e.Type == "ORG" && e.Start >= ss && e.End <= n.Start && (best == null || e.Start > best.Start)) best = e;
        return best?.EntityId ?? "";
    }

    private static bool StartsWithAny(string s, int i, params string[] prefixes)
    {
        foreach (var p in prefixes)
            if (i - 1 + p.Length <= s.Length && string.CompareOrdinal(s, i - 1, p, 0, p.Length) == 0) return true;
        return false;
    }

    /// <summary>
    /// Stock moves: a percentage whose role is a price change and whose subject is a company, with the direction
    /// word before it, the price stated after it in the same clause ("up 0.15% at $212.19"), and the period
    /// named in the sentence ("Friday's session").
    /// </summary>
    private static List<StockMove> Moves(string body, List<NumberMention> numbers, IReadOnlyList<EntityMention> entities, Func<int, (int, int)> sentenceOf)
    {
        var moves = new List<StockMove>();
        for (int i = 0; i < numbers.Count; i++)
        {
            var n = numbers[i];
            if (n.Kind != "percent" || n.Role != "price_change" || n.Subject.Length == 0) continue;
            var subject = entities.FirstOrDefault(e => e.EntityId == n.Subject);
            if (subject == null) continue;
            var (ss, se) = sentenceOf(n.Start);
            int from = Math.Max(ss, entities.Where(e => e.EntityId == n.Subject && e.End <= n.Start).Select(e => e.End).DefaultIfEmpty(ss).Max());
            string between = body[from..n.Start];
            var dm = Direction().Matches(between);
            if (dm.Count == 0) continue;
            string dirWord = dm[^1].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            string direction = DownWords.Contains(dirWord) || DownWords.Contains(dm[^1].Value.Split(' ')[0]) ? "down" : "up";
            NumberMention? price = null;
            for (int j = i + 1; j < numbers.Count && numbers[j].Start < se; j++)
            {
                var m = numbers[j];
                if (m.Kind == "percent") break;
                if (m.Kind == "money" && m.Start - n.End <= 12) { price = m; break; }
            }
            var period = numbers.Where(m => m.Kind == "date" && m.Start >= ss && m.End <= se).OrderBy(m => Math.Abs(m.Start - n.Start)).FirstOrDefault();
            double? pct = n.Value is double v ? (direction == "down" ? -Math.Abs(v) : Math.Abs(v)) : null;
            moves.Add(new StockMove(subject.EntityId, subject.Name,
                subject.Ticker.Length > 0 ? subject.Ticker : entities.FirstOrDefault(e => e.EntityId == subject.EntityId && e.Ticker.Length > 0)?.Ticker ?? "",
                direction, pct, price?.Value, price?.Unit ?? "",
                period == null ? "" : (period.ValueText.Length > 0 ? period.ValueText : period.Value?.ToString(CultureInfo.InvariantCulture) ?? ""),
                n.Start, price?.End ?? n.End, "moves.percent-price", Math.Round(Math.Min(n.Confidence, price?.Confidence ?? 0.9) * 0.95, 3)));
        }
        return moves;
    }
}
