using FinExtract.Entities;
using Xunit;

namespace FinExtract.Tests.Entities;

public class DisjointSpansTests
{
    [Fact]
    public void TheFirstOverlap_IsTheSpanAddedFirst_AmongAllThatOverlap()
    {
        var spans = new DisjointSpans<string>();
        spans.Add(20, 30, "second-in-text, added first");
        spans.Add(0, 10, "first-in-text, added second");
        spans.Add(40, 50, "third");
        Assert.True(spans.TryFirstOverlap(5, 25, out var first));
        Assert.Equal("second-in-text, added first", first);
        Assert.True(spans.TryFirstOverlap(9, 10, out var edge));
        Assert.Equal("first-in-text, added second", edge);
    }

    [Theory]
    [InlineData(10, 20)] // touching ends do not overlap
    [InlineData(30, 40)]
    [InlineData(51, 60)]
    public void ASpanBetweenOthers_OverlapsNone(int start, int end)
    {
        var spans = new DisjointSpans<int>();
        spans.Add(0, 10, 1);
        spans.Add(20, 30, 2);
        spans.Add(40, 51, 3);
        Assert.False(spans.TryFirstOverlap(start, end, out _));
    }

    [Fact]
    public void AddingAnOverlappingSpan_IsRefused()
    {
        var spans = new DisjointSpans<int>();
        spans.Add(0, 10, 1);
        Assert.Throws<InvalidOperationException>(() => spans.Add(5, 15, 2));
        Assert.Equal(1, spans.Count);
    }

    [Fact]
    public void ManySpans_AgreeWithAWalkOverAll()
    {
        var rng = new Random(3);
        var spans = new DisjointSpans<int>();
        var all = new List<(int Start, int End, int Id)>();
        for (int id = 0; id < 400; id++)
        {
            int s = rng.Next(0, 5000), e = s + rng.Next(1, 30);
            if (all.Any(x => x.Start < e && s < x.End)) continue;
            spans.Add(s, e, id);
            all.Add((s, e, id));
        }
        for (int q = 0; q < 400; q++)
        {
            int s = rng.Next(0, 5000), e = s + rng.Next(1, 60);
            var expected = all.FirstOrDefault(x => x.Start < e && s < x.End);
            bool found = spans.TryFirstOverlap(s, e, out int got);
            Assert.Equal(expected != default, found);
            if (found) Assert.Equal(expected.Id, got);
        }
    }
}
