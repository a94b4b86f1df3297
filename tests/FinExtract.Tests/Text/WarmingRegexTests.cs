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

    /// <summary>
    /// A lazy loop with an upper bound is the shape the runtime's regex compiler gets wrong after backtracking out of the bound
    /// (dotnet/runtime#129511): the pattern stays interpreted, and finds what the interpreter finds however often it is used.
    /// </summary>
    [Fact]
    public void APatternWithABoundedLazyLoop_StaysInterpreted_AndMatchesAsTheInterpreter()
    {
        const string pattern = @"\braised\b(?:\W+\w+){0,4}?\W+fees\b(?:\W+\w+){0,3}?\W+<PERCENT>";
        const string text = "The club has raised member fees since March 2020 when fees stood at just <PERCENT> a year.";
        var w = new WarmingRegex(pattern, RegexOptions.CultureInvariant, compileAfterUses: 1);
        for (int i = 0; i < 5; i++) _ = w.Regex;
        w.Compile();
        Assert.False(w.IsCompiled);
        Assert.Equal(new Regex(pattern).IsMatch(text), w.Regex.IsMatch(text));
        Assert.DoesNotMatch(w.Regex, text); // "raised" is five words before the second "fees": past the loop's bound of four
    }

    [Theory]
    [InlineData(@"(?:\W+\w+){0,4}?\W+fees", false)]
    [InlineData(@"a{2,5}?b", false)]
    [InlineData(@"(?:\W+\w+){0,4}\W+fees", true)]
    [InlineData(@"a+?b*?c??", true)]
    [InlineData(@"\{1,2\}?", true)]
    public void OnlyBoundedLazyLoops_KeepAPatternInterpreted(string pattern, bool compiles) =>
        Assert.Equal(compiles, WarmingRegex.CompilesFaithfully(pattern));
}
