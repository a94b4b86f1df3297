using FinExtract.Text;

namespace FinExtract.Tests.Text;

/// <summary>The word lists that ship inside the library load, and a list that names an entry twice is refused.</summary>
public class LexiconTests
{
    [Theory]
    [InlineData("month-names.tsv", 150)]
    [InlineData("date-cues.tsv", 20)]
    [InlineData("date-update-cues.tsv", 10)]
    [InlineData("reporting-verbs.tsv", 80)]
    [InlineData("language-words.tsv", 90)]
    [InlineData("author-degrees.tsv", 10)]
    public void EveryShippedList_LoadsWithoutDuplicates(string file, int atLeast) => Assert.True(Lexicon.Read(file).Count >= atLeast);

    [Fact]
    public void AMissingList_SaysWhichOne() =>
        Assert.Contains("nothing.tsv", Assert.Throws<InvalidOperationException>(() => Lexicon.Read("nothing.tsv")).Message);
}
