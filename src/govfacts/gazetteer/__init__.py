"""China's administrative divisions (GB/T 2260), shipped with govfacts."""
