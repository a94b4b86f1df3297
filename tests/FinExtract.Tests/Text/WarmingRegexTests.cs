using System.Text.RegularExpressions;
using FinExtract.Text;

namespace FinExtract.Tests.Text;

/// <summary>A pattern answers the same before and after its compiled copy takes over.</summary>
public class WarmingRegexTests
{
    [Fact]
    public void ThePatternMatchesTheSame_InterpretedAndOnceCompiled()
    {
        var w = new WarmingRegex("^(?:share|related|ad-?slot)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var first = w.Regex;
        Assert.False(first.Options.HasFlag(RegexOptions.Compiled));
        for (int i = 0; i < WarmingRegex.CompileAfterUses; i++) _ = w.Regex;
        var sw = System.Diagnostics.Stopwatch.StartNew();
        while (!w.Regex.Options.HasFlag(RegexOptions.Compiled) && sw.Elapsed < TimeSpan.FromSeconds(30)) Thread.Sleep(10);
        var compiled = w.Regex;
        Assert.True(compiled.Options.HasFlag(RegexOptions.Compiled), "the compiled copy never took over");
        foreach (var s in new[] { "share", "SHARE", "adslot", "ad-slot", "shared", "related-links", "" })
            Assert.Equal(first.IsMatch(s), compiled.IsMatch(s));
    }
}
