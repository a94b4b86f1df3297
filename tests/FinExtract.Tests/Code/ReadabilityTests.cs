using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace FinExtract.Tests.Code;

/// <summary>
/// The code stays readable: no line in src/ over 160 characters, no method (constructor, accessor or local
/// function included) over 80 lines, and no file over 700 lines (a large class is split into partial files by
/// concern). Long word lists and patterns belong in data files under Resources.
/// </summary>
public class ReadabilityTests
{
    public const int MaxLineLength = 160;
    public const int MaxMethodLines = 80;
    public const int MaxFileLines = 700;

    private static IEnumerable<string> Sources() =>
        Directory.EnumerateFiles(Path.Combine(TestPaths.RepoRoot, "src"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Order(StringComparer.Ordinal);

    private static string Relative(string path) => Path.GetRelativePath(TestPaths.RepoRoot, path).Replace('\\', '/');

    [Fact]
    public void NoLineInSrc_IsLongerThan160Characters()
    {
        var sources = Sources().ToList();
        Assert.True(sources.Count > 50, "the sources were not found");
        var longLines = new List<string>();
        foreach (var file in sources)
        {
            var lines = File.ReadAllLines(file);
            for (int i = 0; i < lines.Length; i++)
                if (lines[i].Length > MaxLineLength) longLines.Add($"{Relative(file)}:{i + 1}: {lines[i].Length} characters");
        }
        Assert.True(longLines.Count == 0, $"{longLines.Count} line(s) over {MaxLineLength} characters:\n" + string.Join("\n", longLines.Take(50)));
    }

    [Fact]
    public void NoFileInSrc_IsLongerThan700Lines()
    {
        var longFiles = Sources().Select(f => (File: f, Lines: File.ReadAllLines(f).Length)).Where(f => f.Lines > MaxFileLines)
            .Select(f => $"{Relative(f.File)}: {f.Lines} lines").ToList();
        Assert.True(longFiles.Count == 0, $"{longFiles.Count} file(s) over {MaxFileLines} lines (split by concern):\n" + string.Join("\n", longFiles));
    }

    [Fact]
    public void NoMethodInSrc_IsLongerThan80Lines()
    {
        var longMethods = new List<string>();
        foreach (var file in Sources())
        {
            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file), path: file);
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                if (node is not (BaseMethodDeclarationSyntax or AccessorDeclarationSyntax or LocalFunctionStatementSyntax)) continue;
                var span = node.GetLocation().GetLineSpan();
                int lines = span.EndLinePosition.Line - span.StartLinePosition.Line + 1;
                if (lines > MaxMethodLines) longMethods.Add($"{Relative(file)}:{span.StartLinePosition.Line + 1}: {Name(node)} is {lines} lines");
            }
        }
        Assert.True(longMethods.Count == 0, $"{longMethods.Count} method(s) over {MaxMethodLines} lines:\n" + string.Join("\n", longMethods));
    }

    private static string Name(SyntaxNode node) => node switch
    {
        MethodDeclarationSyntax m => m.Identifier.Text,
        ConstructorDeclarationSyntax c => c.Identifier.Text + " (constructor)",
        LocalFunctionStatementSyntax l => l.Identifier.Text + " (local function)",
        AccessorDeclarationSyntax a => a.Keyword.Text + " accessor",
        _ => node.Kind().ToString(),
    };

    [Fact]
    public void TheCheck_FindsALongMethod()
    {
        string body = string.Join("\n", Enumerable.Range(0, MaxMethodLines).Select(i => $"        int x{i} = {i};"));
        var tree = CSharpSyntaxTree.ParseText($"class C\n{{\n    void M()\n    {{\n{body}\n    }}\n}}\n");
        var method = tree.GetRoot().DescendantNodes().OfType<MethodDeclarationSyntax>().Single();
        var span = method.GetLocation().GetLineSpan();
        Assert.True(span.EndLinePosition.Line - span.StartLinePosition.Line + 1 > MaxMethodLines);
    }
}
