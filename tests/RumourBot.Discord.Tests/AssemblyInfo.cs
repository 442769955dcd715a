// These tests measure timing over real sockets (rate limits, deadlines, heartbeats): run them one class at a time
// so that they do not starve each other of the machine's two cores.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
