using System.Text.RegularExpressions;
using FinExtract.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FinExtract.Tests.Code;

/// <summary>
/// No source-generated pattern holds a lazy loop with an upper bound: .NET 10's generated code, like its compiled code, can match
/// past the bound once it backtracks out of it (dotnet/runtime#129511), so such a pattern is built as an interpreted Regex.
/// </summary>
public class GeneratedRegexTests
{
    [Fact]
    public void NoGeneratedRegex_HoldsABoundedLazyLoop()
    {
        var found = new List<string>();
        var files = Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")).ToList();
        Assert.True(files.Count > 50, "the sources were not found");
        foreach (var file in files)
        {
            var root = CSharpSyntaxTree.ParseText(File.ReadAllText(file)).GetRoot();
            foreach (var a in root.DescendantNodes().OfType<AttributeSyntax>().Where(a => a.Name.ToString().EndsWith("GeneratedRegex", StringComparison.Ordinal)))
            {
                // the pattern's literal parts, as the source writes them (constants concatenated in are word lists)
                var literals = a.ArgumentList?.Arguments.FirstOrDefault()?.DescendantNodesAndSelf().OfType<LiteralExpressionSyntax>()
                    .Select(l => l.Token.ValueText) ?? Enumerable.Empty<string>();
                if (literals.Any(l => !WarmingRegex.CompilesFaithfully(l)))
                    found.Add($"{Path.GetFileName(file)}:{a.GetLocation().GetLineSpan().StartLinePosition.Line + 1}");
            }
        }
        Assert.True(found.Count == 0, "generated patterns with a bounded lazy loop: " + string.Join(", ", found));
    }
}
