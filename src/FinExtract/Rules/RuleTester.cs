namespace FinExtract.Rules;

/// <summary>A rule example that did not behave: the rule, where it is, the example and what went wrong.</summary>
public sealed record RuleTestFailure(Rule Rule, string Example, string Problem)
{
    /// <inheritdoc />
    public override string ToString() => $"{Rule.File}:{Rule.Line}: rule '{Rule.Id}': {Problem}: \"{Example}\"";
}

/// <summary>Runs every rule's own examples: each "match" must be found, each "noMatch" must not.</summary>
public static class RuleTester
{
    /// <summary>Tests a rule set; returns the failures (empty when all examples behave).</summary>
    public static List<RuleTestFailure> Run(RuleSet rules)
    {
        var failures = new List<RuleTestFailure>();
        foreach (var rule in rules.Rules)
        {
            try { RunRule(rule, failures); }
            catch (RuleTimeoutException e) { failures.Add(new RuleTestFailure(rule, "", e.Message)); }
        }
        return failures;
    }

    private static void RunRule(Rule rule, List<RuleTestFailure> failures)
    {
        foreach (var ex in rule.MustMatch)
        {
            // "[[Goldman Sachs & Co. LLC]] is advising": the rule must match exactly the marked words.
            int open = ex.IndexOf("[[", StringComparison.Ordinal), close = ex.IndexOf("]]", StringComparison.Ordinal);
            if (open >= 0 && close > open)
            {
                string text = RuleExample.Text(ex);
                int s = open, e = close - 2;
                var found = RuleSet.Find(rule, text).ToList();
                if (!found.Any(m => m.Start == s && m.End == e))
                    failures.Add(new RuleTestFailure(rule, ex, found.Count == 0 ? "finds nothing in an example it must match"
                        : $"matches \"{string.Join("\", \"", found.Select(m => text[m.Start..m.End]))}\" instead of the marked \"{text[s..e]}\""));
            }
            else if (!RuleSet.Find(rule, ex).Any()) failures.Add(new RuleTestFailure(rule, ex, "finds nothing in an example it must match"));
        }
        foreach (var ex in rule.MustNotMatch)
            if (RuleSet.Find(rule, ex).FirstOrDefault() is { } m)
                failures.Add(new RuleTestFailure(rule, ex, $"matches \"{ex[m.Start..m.End]}\" in an example it must not match"));
    }
}
