using FinExtract.Pipeline;
using FinExtract.Rules;

namespace FinExtract.Tests.Rules;

/// <summary>A rule's <c>prefilter</c>: a cheap pattern every text the rule matches holds; the rule is skipped on a text without it.</summary>
public class RulePrefilterTests
{
    private static string ShippedRules => RuleSetTests.ShippedRules;

    private static (RuleSet Set, List<ConfigError> Errors) LoadText(string json) => RuleSetTests.LoadText(json);

    [Fact]
    public void Rule_IsNotRunOnATextWithoutItsPrefilter()
    {
        // the pattern alone would find "Tarn" anywhere; the prefilter says the rule is only worth running where "Ltd" is written
        var (set, errors) = LoadText("""
            { "rules": [ { "id": "entities.test.named", "label": "ORG", "pattern": "Tarn", "prefilter": "\\bLtd\\b",
              "examples": { "match": ["Tarn Ltd said"] } } ] }
            """);
        Assert.Empty(errors);
        var rule = Assert.Single(set.Rules);
        Assert.Single(RuleSet.Find(rule, "shares of Tarn Ltd fell"));
        Assert.Empty(RuleSet.Find(rule, "shares of Tarn fell"));
        Assert.Empty(RuleSet.Find(rule, "shares of Tarn Ltda fell"));
    }

    [Fact]
    public void Prefilter_ThatAMatchExampleLacks_IsRefusedWithItsPlaceAndFix()
    {
        var (_, errors) = LoadText("""
            { "rules": [
              { "id": "entities.test.narrow", "label": "ORG", "pattern": "Tarn (?:Ltd|Inc)", "prefilter": "Ltd",
                "examples": { "match": ["[[Tarn Ltd]] said", "[[Tarn Inc]] said"] } },
              { "id": "entities.test.broken", "label": "ORG", "pattern": "Tarn", "prefilter": "(Ltd",
                "examples": { "match": ["Tarn"] } }
            ] }
            """);
        var narrow = Assert.Single(errors, e => e.JsonPath.Contains("rule 'entities.test.narrow'"));
        Assert.EndsWith(".prefilter", narrow.JsonPath);
        Assert.Contains("[[Tarn Inc]] said", narrow.Message);
        Assert.Contains("widen the prefilter", narrow.Hint);
        Assert.EndsWith("rules.json", narrow.File);
        var broken = Assert.Single(errors, e => e.JsonPath.Contains("rule 'entities.test.broken'"));
        Assert.EndsWith(".prefilter", broken.JsonPath);
        Assert.Contains("does not compile", broken.Message);
    }

    /// <summary>
    /// The shipped prefilters only skip work: over every example of every shipped rule (some hundreds of varied sentences), each rule
    /// with a prefilter finds exactly what its pattern alone finds.
    /// </summary>
    [Fact]
    public void ShippedPrefilters_NeverChangeWhatTheirRuleFinds()
    {
        var errors = new List<ConfigError>();
        var set = RuleSet.Load(Directory.GetFiles(ShippedRules, "*.json"), TimeSpan.FromMilliseconds(500), errors);
        Assert.Empty(errors);
        var texts = set.Rules.SelectMany(r => r.MustMatch.Concat(r.MustNotMatch)).Select(RuleExample.Text).ToList();
        var filtered = set.Rules.Where(r => r.Prefilter != null).ToList();
        Assert.NotEmpty(filtered);
        foreach (var rule in filtered)
        {
            var unfiltered = rule with { Prefilter = null };
            int skipped = 0;
            foreach (var text in texts)
            {
                var expected = RuleSet.Find(unfiltered, text).Select(m => (m.Start, m.End)).ToList();
                Assert.Equal(expected, RuleSet.Find(rule, text).Select(m => (m.Start, m.End)).ToList());
                if (!rule.Prefilter!.Current.IsMatch(text)) skipped++;
            }
            Assert.True(skipped > texts.Count / 2, $"{rule.Id}: its prefilter skips only {skipped} of {texts.Count} texts");
        }
    }
}
