using FinExtract.Scraping;
using FinExtract.Text;

namespace FinExtract.Tests.Text;

/// <summary>The word lists load, the copy beside the tool is the one read, and a list that names an entry twice is refused.</summary>
public class LexiconTests
{
    [Theory]
    [InlineData("month-names.tsv", 150)]
    [InlineData("date-cues.tsv", 20)]
    [InlineData("date-update-cues.tsv", 10)]
    [InlineData("reporting-verbs.tsv", 80)]
    [InlineData("language-words.tsv", 90)]
    [InlineData("author-degrees.tsv", 10)]
    [InlineData("boilerplate-classes.tsv", 100)]
    [InlineData("entity-org-words.tsv", 150)]
    [InlineData("entity-title-words.tsv", 20)]
    public void ShippedLists_LoadWithEnoughEntries(string file, int atLeast) => Assert.True(Lexicon.Read(file).Count >= atLeast);

    [Fact]
    public void EveryShippedList_LoadsWithoutDuplicates_AndIsCopiedBesideTheTool()
    {
        var names = Lexicon.Names().ToList();
        Assert.True(names.Count >= 25, "the embedded lists were not found");
        foreach (var name in names)
        {
            Assert.NotEmpty(Lexicon.Read(name));
            Assert.True(File.Exists(Path.Combine(Lexicon.Folder, name)), $"{name} is not copied to {Lexicon.Folder}");
        }
    }

    [Fact]
    public void AnEntryListedTwice_IsAnErrorNamingTheFileAndBothLines()
    {
        var e = Assert.Throws<LexiconFormatException>(() => Lexicon.Parse("title-words.tsv", "# titles\nMayor\nSheriff\nMayor\n"));
        Assert.Contains("Resources/lexicon/title-words.tsv:4: 'Mayor' is listed already at line 2", e.Message);
        Assert.Equal(new[] { "a", "b" }, Lexicon.Parse("x.tsv", "a\r\n\r\n# c\n b \n").Select(r => r[0]));
        e = Assert.Throws<LexiconFormatException>(() => Lexicon.Parse("org-words.tsv", "Bank\nTrust\nbank\n"));
        Assert.Contains("org-words.tsv:3: 'bank' differs from 'Bank' at line 1 only in letter case", e.Message);
    }

    [Fact]
    public void EveryShippedList_CanBeRead_AndABrokenOneIsReportedWithItsLineAndFix()
    {
        Assert.Empty(Lexicon.Problems());
        var p = Assert.Single(Lexicon.Problems(new[] { ("a.tsv", "x\ny\n"), ("b.tsv", "# b\nUSD\tdollar\nUSD\tDollar\n") }));
        Assert.Equal(("b.tsv", 3), (p.FileName, p.Line));
        Assert.Contains("only in letter case", p.Problem);
        Assert.Equal("keep one of the two lines", p.Fix);
    }

    [Fact]
    public void AListsLines_AreAPatternsAlternatives()
    {
        Assert.Matches(Selectors.BoilerplateToken(), "newsletter");
        Assert.DoesNotMatch(Selectors.BoilerplateToken(), "article-body");
        int alternatives = Lexicon.Read("boilerplate-classes.tsv").Count;
        Assert.Equal(alternatives - 1, Selectors.BoilerplateToken().ToString().Count(c => c == '|') - CountInnerBars("boilerplate-classes.tsv"));
    }

    private static int CountInnerBars(string file) => Lexicon.Read(file).Sum(r => r[0].Count(c => c == '|'));

    [Fact]
    public void AMissingList_SaysWhichOne() =>
        Assert.Contains("nothing.tsv", Assert.Throws<InvalidOperationException>(() => Lexicon.Read("nothing.tsv")).Message);

    [Fact]
    public void AnEditedListBesideTheTool_TakesEffectWithoutACodeChange()
    {
        // A copy of the built tool whose boilerplate-class list gains one line.
        string tool = TestPaths.NewTempDir();
        foreach (var f in Directory.GetFiles(AppContext.BaseDirectory, "*", SearchOption.AllDirectories))
        {
            string to = Path.Combine(tool, Path.GetRelativePath(AppContext.BaseDirectory, f));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(f, to);
        }
        string input = TestPaths.NewTempDir();
        File.WriteAllText(Path.Combine(input, "page.html"), "<html><head><title>Lender fined</title></head><body><article><h1>Lender fined</h1>"
            + "<p>The regulator fined the lender on Tuesday after a review of how it had handled complaints from customers over two years.</p>"
            + "<div class=\"partner-carousel\"><p>Our partners offer great rates on savings accounts and you can compare them all in one place.</p></div>"
            + "<p>The lender said it would appeal against the decision and that it had already changed how it handles complaints.</p>"
            + "</article></body></html>");
        string Body()
        {
            string output = TestPaths.NewTempDir();
            var psi = new System.Diagnostics.ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in new[] { Path.Combine(tool, "FinExtract.Cli.dll"), "run", input, "--out", output, "--quiet", "--config", TestPaths.PipelineWithoutTimeouts })
                psi.ArgumentList.Add(a);
            using var p = System.Diagnostics.Process.Start(psi)!;
            p.StandardOutput.ReadToEnd();
            Assert.True(p.WaitForExit(60_000));
            return Output.CsvReading.Read(Path.Combine(output, "articles.csv")).Single()["body"];
        }
        Assert.Contains("Our partners offer great rates", Body());
        File.AppendAllText(Path.Combine(tool, "Resources", "lexicon", "boilerplate-classes.tsv"), "partner-carousel\n");
        string after = Body();
        Assert.DoesNotContain("Our partners offer great rates", after);
        Assert.Contains("would appeal against the decision", after);
    }
}
