using System.Text.RegularExpressions;
using FinExtract.Rules;
using FinExtract.Text;

namespace FinExtract.Tests.Rules;

public class RulePatternTieringTests
{
    // (greedy: a pattern with a bounded lazy loop stays interpreted, see WarmingRegexTests)
    private const string Pattern = @"(?i)\b(?:shares|stock)\b(?:\W+\w+){0,4}\W+(?:rose|fell)\s+(?<pct>\d+(?:\.\d+)?%)";

    [Fact]
    public void StartsInterpreted_AndTheCompiledPatternFindsTheSameMatches()
    {
        var tiered = new WarmingRegex(Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1), new[] { "shares rose 2%" }, RuleSet.CompileAfterUses);
        Assert.False(tiered.IsCompiled);
        const string text = "Shares of the lender fell 3.5% on Monday, while the stock of its rival rose 1.2% and bonds rose 0.4%.";
        var before = tiered.Current.Matches(text).Select(m => (m.Index, m.Length, m.Groups["pct"].Value)).ToList();
        tiered.Compile();
        Assert.True(tiered.IsCompiled);
        var after = tiered.Current.Matches(text).Select(m => (m.Index, m.Length, m.Groups["pct"].Value)).ToList();
        Assert.Equal(2, before.Count);
        Assert.Equal(before, after);
    }

    [Fact]
    public void EnoughUses_CompileThePatternInTheBackground()
    {
        var tiered = new WarmingRegex(Pattern, RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1), new[] { "shares rose 2%" }, RuleSet.CompileAfterUses);
        for (int i = 0; i < RuleSet.CompileAfterUses - 1; i++) _ = tiered.Regex;
        Assert.False(tiered.IsCompiled);
        _ = tiered.Regex;
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!tiered.IsCompiled && DateTime.UtcNow < deadline) Thread.Sleep(10);
        Assert.True(tiered.IsCompiled);
    }

    [Fact]
    public void APatternThatDoesNotParse_IsRejectedWhenBuilt()
    {
        Assert.ThrowsAny<ArgumentException>(() => new WarmingRegex("(unclosed", RegexOptions.None, TimeSpan.FromSeconds(1), Array.Empty<string>()));
    }
}
