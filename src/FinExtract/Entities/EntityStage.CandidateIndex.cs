namespace FinExtract.Entities;

public sealed partial class EntityStage
{
    /// <summary>
    /// The candidates in text order, to find those over a stretch of text without a walk over all of them: a long text has
    /// thousands, and asking each about every other was quadratic. Read live from the list, so a candidate replaced in place
    /// (its priority or type changed, never its span) is seen as it is now.
    /// </summary>
    private sealed class CandidateIndex(List<Candidate> list)
    {
        private readonly Text.StartIndex<Candidate> _index = new(list, c => c.Start);
        private readonly int _maxLength = list.Count == 0 ? 0 : list.Max(c => c.End - c.Start);

        /// <summary>The candidates that touch [start, end] (start at or before end, end at or after start), in text order, ties in list order.</summary>
        public IEnumerable<Candidate> Touching(int start, int end) =>
            _index.StartingIn(start - _maxLength, end).Select(i => list[i]).Where(c => c.End >= start);
    }
}
