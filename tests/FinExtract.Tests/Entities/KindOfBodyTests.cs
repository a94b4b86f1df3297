using FinExtract.Entities;

namespace FinExtract.Tests.Entities;

/// <summary>
/// A word that names a kind of body, standing alone, is a press release's defined term ("the Company") or a sector in a list, not
/// a name; the same word inside a name still makes it one.
/// </summary>
public class KindOfBodyTests
{
    private static List<(string Mention, EntityMention M)> Mentions(string text) => ShippedPipeline.Mentions(text);

    [Theory]
    [InlineData("Tarvel Holdings said the Company’s shares would move to the main market in May.", "Company")]
    [InlineData("Quellmark Trust announced that the Bank's shares would be listed in March.", "Bank")]
    public void AKindOfBodyAloneBeforeItsShares_IsNoOrganisation(string text, string word) =>
        Assert.DoesNotContain(Mentions(text), x => x.M.Type == "ORG" && x.Mention.StartsWith(word, StringComparison.Ordinal));

    [Fact]
    public void AKindOfBodyInsideAName_StillMakesItAnOrganisation() =>
        Assert.Contains(Mentions("Analysts said Harrowby Company's shares rose 4% after the results."),
            x => x.M.Type == "ORG" && x.Mention.StartsWith("Harrowby Company", StringComparison.Ordinal));

    [Fact]
    public void AKindOfBodyNamedAfterADescriptor_StaysAnOrganisation() =>
        Assert.Contains(Mentions("Harbourline, a unit of the phone company Telecom, said fees would rise. Telecom declined to comment."),
            x => x.M.Type == "ORG" && x.Mention == "Telecom");
}
