namespace FinExtract.Entities;

public sealed partial class EntityStage
{
    /// <summary>
    /// The candidates in text order, to find those over a stretch of text without a walk over all of them: a long text has
    /// thousands, and asking each about every other was quadratic. Read live from the list, so a candidate replaced in place
    /// (its priority or type changed, never its span) is seen as it is now.
    /// </summary>
    private sealed class CandidateIndex
    {
        private readonly List<Candidate> _list;
        private readonly int[] _order;
        private readonly int _maxLength;

        public CandidateIndex(List<Candidate> list)
        {
            _list = list;
            _order = Enumerable.Range(0, list.Count).OrderBy(i => list[i].Start).ThenBy(i => i).ToArray();
            _maxLength = list.Count == 0 ? 0 : list.Max(c => c.End - c.Start);
        }

        /// <summary>The candidates that touch [start, end] (start at or before end, end at or after start), in text order, ties in list order.</summary>
        public IEnumerable<Candidate> Touching(int start, int end)
        {
            int lo = 0, hi = _order.Length, from = start - _maxLength;
            while (lo < hi)
            {
                int mid = (lo + hi) >> 1;
                if (_list[_order[mid]].Start >= from) hi = mid;
                else lo = mid + 1;
            }
            for (int i = lo; i < _order.Length && _list[_order[i]].Start <= end; i++)
                if (_list[_order[i]].End >= start) yield return _list[_order[i]];
        }
    }
}
