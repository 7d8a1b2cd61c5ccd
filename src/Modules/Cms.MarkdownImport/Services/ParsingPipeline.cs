namespace Cms.MarkdownImport.Services;

/// <summary>
/// The import's parallel stage: documents parsed ahead of the writer, handed over a batch at a time, in order.
/// <list type="bullet">
/// <item>Document by document: dedicated threads take the next document in file order, so a batch is parsed by every
/// thread at once (not one thread per batch, the writer waiting on the slowest one).</item>
/// <item>The writer helps: waiting for its batch, it parses that batch's documents no thread has taken yet, so the
/// cores stay busy whichever stage is the slower one; hence one thread fewer than cores (at least one): the writer's
/// thread is the last one, and no core is shared by two busy threads.</item>
/// <item>Bounded: documents of at most <see cref="Ahead"/> batches after the one being written are parsed, so memory
/// does not grow with the number of documents.</item>
/// <item>Not the thread pool: a parallel loop per batch woke pool threads that then spun idle, and under load the pool
/// added more of them (measured: a third of the import's CPU time spent spinning on a 2-core machine).</item>
/// </list>
/// A failure other than a refusal (which <c>parse</c> returns as a result) is thrown by <see cref="TakeAsync"/> for
/// the batch of the document that failed, the first such document of the batch if several did.
/// </summary>
internal sealed class ParsingPipeline<TSource, TParsed> : IDisposable
{
    /// <summary>Batches after the one being written whose documents may be parsed.</summary>
    public const int Ahead = 2;

    private readonly TSource[][] _batches;
    private readonly int _size;
    private readonly int _count;
    private readonly Func<TSource, TParsed> _parse;
    private readonly Batch[] _parsed;
    private readonly Thread[] _threads;
    private readonly CancellationToken _stop;
    private readonly CancellationTokenRegistration _wakeOnStop;
    private readonly object _window = new();
    private int _claimed = -1;
    private int _written;

    /// <param name="batches">Every batch but the last one of the same size.</param>
    public ParsingPipeline(TSource[][] batches, Func<TSource, TParsed> parse, int threads, CancellationToken stop)
    {
        _batches = batches;
        _size = batches.Length == 0 ? 1 : batches[0].Length;
        _count = batches.Sum(b => b.Length);
        _parse = parse;
        _stop = stop;
        _parsed = batches.Select(b => new Batch(b.Length)).ToArray();
        _wakeOnStop = stop.Register(Wake);
        _threads = Enumerable.Range(0, Math.Max(1, threads))
            .Select(i => new Thread(Work) { IsBackground = true, Name = $"Import parsing {i + 1}" })
            .ToArray();
        foreach (var thread in _threads) thread.Start();
    }

    /// <summary>The batch at <paramref name="index"/>, parsed: its documents no thread has taken yet are parsed here.</summary>
    public async Task<TParsed[]> TakeAsync(int index, CancellationToken cancellationToken)
    {
        var batch = _parsed[index];
        while (!batch.Done.Task.IsCompleted && TryClaim(index, out var document)) ParseOne(document);
        var parsed = await batch.Done.Task.WaitAsync(cancellationToken);
        _parsed[index] = null!;
        return parsed;
    }

    /// <summary>The writer is done with a batch: the documents of one more may be parsed.</summary>
    public void Written()
    {
        Interlocked.Increment(ref _written);
        Wake();
    }

    /// <summary>Waits for the threads, once the import ended or <c>stop</c> was cancelled.</summary>
    public Task StopAsync() => Task.Run(() =>
    {
        foreach (var thread in _threads) thread.Join();
    });

    public void Dispose() => _wakeOnStop.Dispose();

    private void Work()
    {
        while (!_stop.IsCancellationRequested)
        {
            var next = Volatile.Read(ref _claimed) + 1;
            if (next >= _count) return;
            if (next / _size > Volatile.Read(ref _written) + Ahead)
            {
                lock (_window)
                {
                    if (!_stop.IsCancellationRequested && next / _size > Volatile.Read(ref _written) + Ahead) Monitor.Wait(_window);
                }
                continue;
            }
            if (Interlocked.CompareExchange(ref _claimed, next, next - 1) == next - 1) ParseOne(next);
        }
    }

    /// <summary>Takes the next document when it belongs to batch <paramref name="index"/>.</summary>
    private bool TryClaim(int index, out int document)
    {
        while (true)
        {
            document = Volatile.Read(ref _claimed) + 1;
            if (document >= _count || document / _size != index) return false;
            if (Interlocked.CompareExchange(ref _claimed, document, document - 1) == document - 1) return true;
        }
    }

    private void ParseOne(int document)
    {
        var batch = _parsed[document / _size];
        var position = document % _size;
        try
        {
            batch.Results[position] = _parse(_batches[document / _size][position]);
        }
        catch (Exception e)
        {
            batch.Failed(position, e);
        }
        batch.DocumentDone();
    }

    private void Wake()
    {
        lock (_window) Monitor.PulseAll(_window);
    }

    private sealed class Batch(int length)
    {
        private int _remaining = length;
        private int _failedAt = int.MaxValue;
        private Exception? _failure;

        public TParsed[] Results { get; } = new TParsed[length];
        public TaskCompletionSource<TParsed[]> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public void Failed(int position, Exception e)
        {
            lock (Results)
            {
                if (position >= _failedAt) return;
                (_failedAt, _failure) = (position, e);
            }
        }

        public void DocumentDone()
        {
            if (Interlocked.Decrement(ref _remaining) != 0) return;
            if (_failure is null) Done.TrySetResult(Results);
            else Done.TrySetException(_failure);
        }
    }
}
