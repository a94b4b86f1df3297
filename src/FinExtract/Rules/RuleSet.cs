using System.Text.Json;
using System.Text.RegularExpressions;
using FinExtract.Pipeline;

namespace FinExtract.Rules;

/// <summary>
/// Rules loaded from JSON files, validated at load (every problem named by file, rule id, field and fix),
/// matched over a text, with one stated conflict policy: higher priority, then longer, then earlier.
/// </summary>
public sealed partial class RuleSet
{
    private static readonly string[] RuleKeys =
        { "id", "label", "pattern", "group", "priority", "confidence", "ignoreCase", "languages", "examples", "prefilter", "note" };

    [GeneratedRegex(@"^[a-z0-9]+(?:-[a-z0-9]+)*(?:\.[a-z0-9]+(?:-[a-z0-9]+)*)+$", RegexOptions.CultureInvariant)]
    private static partial Regex IdShape();

    [GeneratedRegex(@"^[a-z]{2,3}$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageShape();

    /// <summary>Creates a rule set.</summary>
    public RuleSet(IReadOnlyList<Rule> rules) => Rules = rules;

    /// <summary>The rules, in file order.</summary>
    public IReadOnlyList<Rule> Rules { get; }

    /// <summary>The labels an entity rule may give: entity types, a ticker, or a span that is not an entity.</summary>
    public static readonly IReadOnlyList<string> EntityLabels = new[] { "ORG", "PERSON", "LOCATION", "PRODUCT", "TICKER", NotEntity };

    /// <summary>The labels a number-role rule may give.</summary>
    public static readonly IReadOnlyList<string> RoleLabels = new[]
    {
        "price", "price_change", "market_cap", "revenue", "profit", "guidance", "target_price", "volume", "deal_value", "rate", "other",
    };

    /// <summary>An entity rule's label for text that is never an entity (an index, a product line read as a company).</summary>
    public const string NotEntity = "NOT_ENTITY";

    /// <summary>
    /// Loads rule files; all problems are collected into <paramref name="errors"/>. A rule whose label is not in
    /// <paramref name="labels"/> (when given) is an error that lists the valid ones: a typo would otherwise do nothing.
    /// </summary>
    public static RuleSet Load(IEnumerable<string> paths, TimeSpan matchTimeout, List<ConfigError> errors, IReadOnlyList<string>? labels = null)
    {
        var rules = new List<Rule>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            string text;
            try { text = File.ReadAllText(path); }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                errors.Add(new ConfigError(path, "$", $"cannot read the rule file: {e.Message}", "check the path in pipeline.json"));
                continue;
            }
            JsonDocument doc;
            try { doc = JsonDocument.Parse(text, new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true }); }
            catch (JsonException e)
            {
                errors.Add(new ConfigError(path, $"line {(e.LineNumber ?? 0) + 1}", "the rule file is not valid JSON: " + e.Message.Split(" Path:")[0],
                    "fix the JSON syntax there"));
                continue;
            }
            using (doc)
            {
                var reader = new JsonReader(path, errors);
                if (!reader.ExpectObject(doc.RootElement, "$", "$schema", "rules", "note")) continue;
                if (!doc.RootElement.TryGetProperty("rules", out var list) || list.ValueKind != JsonValueKind.Array)
                {
                    reader.Error("$", "'rules' must be an array of rule objects", "write { \"rules\": [ { \"id\": ..., \"label\": ..., \"pattern\": ... } ] }");
                    continue;
                }
                int i = 0;
                foreach (var r in list.EnumerateArray())
                {
                    var rule = ReadRule(r, $"$.rules[{i++}]", path, text, matchTimeout, reader);
                    if (rule == null) continue;
                    if (labels != null && !labels.Contains(rule.Label))
                    {
                        string near = JsonReader.Nearest(rule.Label, labels);
                        reader.Error($"$.rules[{i - 1}].label (rule '{rule.Id}')", $"unknown label '{rule.Label}'",
                            (near.Length > 0 ? $"did you mean '{near}'? " : "") + $"valid labels: {string.Join(", ", labels)}");
                        continue;
                    }
                    if (seen.TryGetValue(rule.Id, out var other))
                        reader.Error($"$.rules[{i - 1}].id", $"rule id '{rule.Id}' is also used in {other}", "give every rule its own id");
                    else
                    {
                        seen[rule.Id] = path;
                        rules.Add(rule);
                    }
                }
            }
        }
        return new RuleSet(rules);
    }

    private static Rule? ReadRule(JsonElement r, string at, string file, string text, TimeSpan timeout, JsonReader reader)
    {
        if (!reader.ExpectObject(r, at, RuleKeys)) return null;
        string? id = reader.String(r, "id", at, required: true);
        string where = id != null ? $"{at} (rule '{id}')" : at;
        if (id != null && !IdShape().IsMatch(id))
            reader.Error($"{where}.id", $"'{id}' is not a dotted lower-case id", "use the form stage.kind.name, e.g. \"entities.ticker.paren-exchange\"");
        string? label = reader.String(r, "label", where, required: true);
        string? pattern = reader.String(r, "pattern", where, required: true);
        string? group = reader.String(r, "group", where);
        int priority = (int)reader.Int(r, "priority", where, 50, 0, 1000);
        double confidence = reader.Number(r, "confidence", where, 0.9, 0, 1);
        bool ignoreCase = reader.Bool(r, "ignoreCase", where, false);
        var languages = reader.Strings(r, "languages", where) ?? Array.Empty<string>();
        foreach (var l in languages.Where(l => !LanguageShape().IsMatch(l)))
            reader.Error($"{where}.languages", $"'{l}' is not a language code", "write primary language subtags in lower case, e.g. [\"en\"]");
        IReadOnlyList<string> must = Array.Empty<string>(), mustNot = Array.Empty<string>();
        if (r.TryGetProperty("examples", out var ex) && reader.ExpectObject(ex, $"{where}.examples", "match", "noMatch"))
        {
            must = reader.Strings(ex, "match", $"{where}.examples") ?? must;
            mustNot = reader.Strings(ex, "noMatch", $"{where}.examples") ?? mustNot;
        }
        if (must.Count == 0) reader.Error($"{where}.examples.match", "a rule needs at least one example it must match",
            "add \"examples\": { \"match\": [\"...\"], \"noMatch\": [\"...\"] }");
        if (id == null || label == null || pattern == null) return null;
        Text.WarmingRegex tiered;
        try
        {
            var options = RegexOptions.CultureInvariant | (ignoreCase ? RegexOptions.IgnoreCase : RegexOptions.None);
            tiered = new Text.WarmingRegex(pattern, options, timeout, must.Concat(mustNot).Prepend("warm up 1.5% $2").ToList(), CompileAfterUses);
        }
        catch (ArgumentException e)
        {
            reader.Error($"{where}.pattern", $"the pattern does not compile: {e.Message}", "fix the regular expression (in JSON, a backslash is written \\\\)");
            return null;
        }
        var prefilter = ReadPrefilter(r, where, options: tiered.Current.Options, timeout, must, reader);
        var regex = tiered.Current;
        if (group != null && regex.GroupNumberFromName(group) < 0)
        {
            reader.Error($"{where}.group", $"the pattern has no group named '{group}'", $"name a group in the pattern (?<{group}>...) or remove \"group\"");
            return null;
        }
        int line = 1 + text.AsSpan(0, Math.Max(0, text.IndexOf($"\"{id}\"", StringComparison.Ordinal))).Count('\n');
        return new Rule
        {
            Id = id, Label = label, Tiered = tiered, Group = group, Priority = priority, Confidence = confidence,
            MustMatch = must, MustNotMatch = mustNot, Languages = languages, File = file, Line = line, Prefilter = prefilter,
        };
    }

    /// <summary>
    /// A rule's optional <c>prefilter</c>: a cheap pattern that every text the rule matches contains ("Inc", "Ltd" ... for names with a
    /// legal form), so the rule is skipped on a text without it. Each <c>match</c> example must hold it, or the prefilter is refused.
    /// </summary>
    private static Text.WarmingRegex? ReadPrefilter(JsonElement r, string where, RegexOptions options, TimeSpan timeout,
        IReadOnlyList<string> must, JsonReader reader)
    {
        string? pattern = reader.String(r, "prefilter", where);
        if (pattern == null) return null;
        Text.WarmingRegex prefilter;
        try
        {
            prefilter = new Text.WarmingRegex(pattern, options, timeout, must, CompileAfterUses);
        }
        catch (ArgumentException e)
        {
            reader.Error($"{where}.prefilter", $"the prefilter does not compile: {e.Message}",
                "fix the regular expression (in JSON, a backslash is written \\\\)");
            return null;
        }
        foreach (var example in must.Where(ex => !prefilter.Current.IsMatch(RuleExample.Text(ex))))
            reader.Error($"{where}.prefilter", $"the prefilter finds nothing in the match example \"{example}\", so the rule would never run on such a text",
                "widen the prefilter to hold for every text the pattern matches, or remove it");
        return prefilter;
    }

    /// <summary>
    /// Uses of a rule after which its pattern is compiled (<see cref="Text.WarmingRegex"/>): a few pages of role rules, some dozens
    /// of pages of entity rules. Compiling every rule at load was most of a short run's start-up.
    /// </summary>
    public const int CompileAfterUses = 48;

    /// <summary>
    /// Every match of every rule in <paramref name="text"/> (overlaps included), leaving out the rules written for languages
    /// other than <paramref name="language"/> (a language tag; empty when the page does not say: every rule runs).
    /// </summary>
    public List<RuleMatch> FindAll(string text, string language = "")
    {
        var matches = new List<RuleMatch>();
        foreach (var rule in Rules)
            if (rule.AppliesTo(language)) matches.AddRange(Find(rule, text));
        return matches;
    }

    /// <summary>
    /// The matches of one rule. A match that runs over the rule's timeout throws a
    /// <see cref="RuleTimeoutException"/> that names the rule and its file.
    /// </summary>
    public static IEnumerable<RuleMatch> Find(Rule rule, string text)
    {
        var found = new List<RuleMatch>();
        try
        {
            if (rule.Prefilter != null && !rule.Prefilter.Regex.IsMatch(text)) return found;
            foreach (Match m in rule.Tiered.Regex.Matches(text))
            {
                var g = rule.Group != null ? m.Groups[rule.Group] : m.Groups[0];
                if (!g.Success || g.Length == 0) continue;
                var groups = new Dictionary<string, string>(StringComparer.Ordinal);
                foreach (Group named in m.Groups)
                    if (named.Success && !int.TryParse(named.Name, out _)) groups[named.Name] = named.Value;
                found.Add(new RuleMatch(rule, g.Index, g.Index + g.Length, groups));
            }
        }
        catch (RegexMatchTimeoutException e)
        {
            throw new RuleTimeoutException(rule, e);
        }
        return found;
    }

    /// <summary>
    /// Keeps non-overlapping matches: higher priority first, then longer, then earlier. The losers are
    /// returned too, with the match that beat each, for explain.
    /// </summary>
    public static (List<RuleMatch> Kept, List<(RuleMatch Lost, RuleMatch Winner)> Lost) Resolve(IEnumerable<RuleMatch> matches)
    {
        var ordered = matches.OrderByDescending(m => m.Rule.Priority).ThenByDescending(m => m.Length).ThenBy(m => m.Start)
            .ThenBy(m => m.Rule.Id, StringComparer.Ordinal).ToList();
        var kept = new List<RuleMatch>();
        var lost = new List<(RuleMatch, RuleMatch)>();
        foreach (var m in ordered)
        {
            var winner = kept.FirstOrDefault(k => k.Start < m.End && m.Start < k.End);
            if (winner != null) lost.Add((m, winner));
            else kept.Add(m);
        }
        kept.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End));
        return (kept, lost);
    }
}
