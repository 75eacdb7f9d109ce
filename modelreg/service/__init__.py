"""The FakeAI service API over a registry: request checks and warnings, OpenAI Model objects,
costs, model discovery, and the optional HTTP app (the only modules that import the web stack)."""
