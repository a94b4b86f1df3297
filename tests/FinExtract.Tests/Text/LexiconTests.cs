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
        var e = Assert.Throws<InvalidDataException>(() => Lexicon.Parse("title-words.tsv", "# titles\nMayor\nSheriff\nMayor\n"));
        Assert.Contains("Resources/lexicon/title-words.tsv:4: 'Mayor' is listed already at line 2", e.Message);
        Assert.Equal(new[] { "a", "b" }, Lexicon.Parse("x.tsv", "a\r\n\r\n# c\n b \n").Select(r => r[0]));
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
}
