namespace FinExtract.Tests.Numbers;

/// <summary>The digits of an index's or a ranking's name ("S&amp;P 500", "FTSE 100", "Fortune 500") are no count and no year.</summary>
public class NamedIndexTests
{
    [Theory]
    [InlineData("The S&P 500 rose 1.2% on Monday.", "1.2%")]
    [InlineData("The FTSE 100 fell and the Russell 2000 gained 0.4%.", "0.4%")]
    [InlineData("Japan's Nikkei 225 slipped 3% as the Stoxx Europe 600 rose.", "3%")]
    [InlineData("The Nasdaq-100 and the S&P500 both rose 2%.", "2%")]
    [InlineData("It is a Fortune 500 company with 4,000 staff.", "4,000")]
    public void AnIndexOrRankingName_LeavesOnlyTheOtherNumbers(string text, string only)
    {
        var a = ShippedPipeline.Run(text);
        var n = Assert.Single(a.Numbers, x => x.Kind != "date");
        Assert.Equal(only, a.Body[n.Start..n.End]);
    }

    [Fact]
    public void ANumberAfterAWordThatOnlyOpensAnIndexName_IsStillRead() =>
        Assert.Contains(ShippedPipeline.Run("The FTSE fell 100 points on Friday.").Numbers, n => n.Value == 100);
}
