using System.Text.RegularExpressions;
using FinExtract.Pipeline;
using FinExtract.Rules;

namespace FinExtract.Tests.Rules;

public class RuleSetTests
{
    internal static string ShippedRules => Path.Combine(TestPaths.RepoRoot, "src", "FinExtract", "Resources", "rules");

    /// <summary>Loads a rule file written to a fresh folder from <paramref name="json"/>, with the errors it gives.</summary>
    internal static (RuleSet Set, List<ConfigError> Errors) LoadText(string json)
    {
        string file = Path.Combine(TestPaths.NewTempDir(), "rules.json");
        File.WriteAllText(file, json);
        var errors = new List<ConfigError>();
        return (RuleSet.Load(new[] { file }, TimeSpan.FromMilliseconds(100), errors), errors);
    }

    [Fact]
    public void ShippedRules_PassTheirOwnExamples()
    {
        var errors = new List<ConfigError>();
        var set = RuleSet.Load(Directory.GetFiles(ShippedRules, "*.json"), TimeSpan.FromMilliseconds(200), errors);
        Assert.Empty(errors);
        Assert.NotEmpty(set.Rules);
        Assert.Empty(RuleTester.Run(set));
    }

    [Fact]
    public void TickerRule_CapturesExchangeAndTicker()
    {
        var set = RuleSet.Load(new[] { Path.Combine(ShippedRules, "entities.json") }, TimeSpan.FromMilliseconds(200), new List<ConfigError>());
        var (kept, lost) = RuleSet.Resolve(set.FindAll("Meta Platforms, Inc. (NASDAQ: META) CEO Mark Zuckerberg"));
        var ticker = Assert.Single(kept, m => m.Rule.Label == "TICKER");
        Assert.Equal("META", ticker.Groups["ticker"]);
        Assert.Equal("NASDAQ", ticker.Groups["exchange"]);
        Assert.Contains(kept, m => m.Rule.Id == "entities.org.legal-form" && m.Start == 0 && m.End == "Meta Platforms, Inc.".Length);
        Assert.Equal("entities.ticker.paren-exchange", ticker.Rule.Id);
        Assert.Contains(lost, l => l.Lost.Rule.Id == "entities.ticker.exchange-colon" && l.Winner == ticker);
    }

    [Fact]
    public void BadRules_AreReportedWithFileRuleIdFieldAndFix()
    {
        var (set, errors) = LoadText("""
            { "rules": [
              { "id": "Bad Id", "label": "ORG", "pattern": "x", "examples": { "match": ["x"] } },
              { "id": "entities.broken.pattern", "label": "ORG", "pattern": "(unclosed", "examples": { "match": ["x"] } },
              { "id": "entities.no.examples", "label": "ORG", "pattern": "y" },
              { "id": "entities.no.group", "label": "ORG", "pattern": "z", "group": "name", "examples": { "match": ["z"] }, "colour": 1 },
              { "id": "entities.ok.one", "label": "ORG", "pattern": "ok", "examples": { "match": ["ok"] } },
              { "id": "entities.ok.one", "label": "ORG", "pattern": "ok", "examples": { "match": ["ok"] } }
            ] }
            """);
        string All() => string.Join("\n", errors.Select(e => e.ToString()));
        Assert.Contains(errors, e => e.JsonPath.Contains("rule 'Bad Id'") && e.JsonPath.EndsWith(".id") && e.Hint.Contains("stage.kind.name"));
        Assert.Contains(errors, e => e.JsonPath.Contains("rule 'entities.broken.pattern'") && e.JsonPath.EndsWith(".pattern"));
        Assert.Contains(errors, e => e.JsonPath.Contains("rule 'entities.no.examples'") && e.Message.Contains("at least one example"));
        Assert.Contains(errors, e => e.JsonPath.Contains("rule 'entities.no.group'") && e.JsonPath.EndsWith(".group"));
        Assert.Contains(errors, e => e.JsonPath.EndsWith(".colour"));
        Assert.Contains(errors, e => e.Message.Contains("also used"));
        Assert.All(errors, e => Assert.EndsWith("rules.json", e.File));
        Assert.True(errors.Count >= 6, All());
    }

    [Fact]
    public void LanguageRule_RunsOnItsLanguageAndOnPagesThatDoNotSay()
    {
        var (set, errors) = LoadText("""
            { "rules": [
              { "id": "entities.test.lab", "label": "ORG", "pattern": "Labor", "languages": ["en"], "examples": { "match": ["Labor"] } },
              { "id": "entities.test.any", "label": "ORG", "pattern": "Acme", "examples": { "match": ["Acme"] } }
            ] }
            """);
        Assert.Empty(errors);
        const string text = "Acme im Labor";
        Assert.Equal(2, set.FindAll(text, "en-GB").Count);
        Assert.Equal(2, set.FindAll(text, "").Count);
        Assert.Equal("entities.test.any", Assert.Single(set.FindAll(text, "de")).Rule.Id);
    }

    [Fact]
    public void BadLanguageCode_IsReportedWithTheFix()
    {
        var (_, errors) = LoadText("""
            { "rules": [ { "id": "entities.test.lab", "label": "ORG", "pattern": "x", "languages": ["English"], "examples": { "match": ["x"] } } ] }
            """);
        var e = Assert.Single(errors);
        Assert.EndsWith(".languages", e.JsonPath);
        Assert.Contains("'English'", e.Message);
        Assert.Contains("[\"en\"]", e.Hint);
    }

    [Fact]
    public void ExampleFailures_NameTheRuleAndItsLine()
    {
        var (set, errors) = LoadText("{ \"rules\": [\n  { \"id\": \"entities.test.word\", \"label\": \"ORG\", \"pattern\": \"Acme\",\n    \"examples\": { \"match\": [\"Acme Corp\", \"Apex Corp\"], \"noMatch\": [\"Acmeville\"] } }\n] }");
        Assert.Empty(errors);
        var failures = RuleTester.Run(set);
        Assert.Equal(2, failures.Count);
        Assert.All(failures, f => Assert.Contains("rules.json:2: rule 'entities.test.word'", f.ToString()));
        Assert.Contains(failures, f => f.Example == "Apex Corp" && f.Problem.Contains("finds nothing"));
        Assert.Contains(failures, f => f.Example == "Acmeville" && f.Problem.Contains("must not match"));
    }

    [Fact]
    public void MarkedExamples_MustMatchExactlyTheMarkedWords()
    {
        var (set, errors) = LoadText("{ \"rules\": [\n  { \"id\": \"entities.test.corp\", \"label\": \"ORG\", \"pattern\": \"[A-Z]\\\\w+ Corp\",\n    \"examples\": { \"match\": [\"shares of [[Acme Corp]] rose\", \"[[Big Acme Corp]] fell\"], \"noMatch\": [] } }\n] }");
        Assert.Empty(errors);
        var f = Assert.Single(RuleTester.Run(set));
        Assert.Equal("[[Big Acme Corp]] fell", f.Example);
        Assert.Contains("matches \"Acme Corp\" instead of the marked \"Big Acme Corp\"", f.Problem);
    }

    [Fact]
    public void Conflicts_HigherPriorityThenLongerThenEarlier()
    {
        var (set, errors) = LoadText("""
            { "rules": [
              { "id": "t.low.long", "label": "A", "pattern": "alpha beta gamma", "priority": 10, "examples": { "match": ["alpha beta gamma"] } },
              { "id": "t.high.short", "label": "B", "pattern": "beta", "priority": 90, "examples": { "match": ["beta"] } },
              { "id": "t.mid.one", "label": "C", "pattern": "gamma delta", "priority": 50, "examples": { "match": ["gamma delta"] } },
              { "id": "t.mid.two", "label": "D", "pattern": "gamma delta epsilon", "priority": 50, "examples": { "match": ["gamma delta epsilon"] } }
            ] }
            """);
        Assert.Empty(errors);
        var (kept, lost) = RuleSet.Resolve(set.FindAll("alpha beta gamma delta epsilon"));
        Assert.Equal(new[] { "t.high.short", "t.mid.two" }, kept.Select(k => k.Rule.Id));
        Assert.Contains(lost, l => l.Lost.Rule.Id == "t.low.long" && l.Winner.Rule.Id == "t.high.short");
        Assert.Contains(lost, l => l.Lost.Rule.Id == "t.mid.one" && l.Winner.Rule.Id == "t.mid.two");
    }

    [Fact]
    public void CatastrophicPattern_HitsTheMatchTimeout_InsteadOfHanging_AndTheErrorNamesTheRuleAndFile()
    {
        var (set, errors) = LoadText("""{ "rules": [ { "id": "t.evil.pattern", "label": "X", "pattern": "^(a+)+$", "examples": { "match": ["aaa"] } } ] }""");
        Assert.Empty(errors);
        var e = Assert.Throws<RuleTimeoutException>(() => set.FindAll(new string('a', 5000) + "!"));
        Assert.Contains("rule 't.evil.pattern'", e.Message);
        Assert.Contains("rules.json:1", e.Message);
        Assert.IsType<RegexMatchTimeoutException>(e.InnerException);
    }
}
