"""Employer verification and ownership tracing on open registers (issue #15).

``registry`` holds the loaded registers in one DuckDB file; ``load_*`` read Companies House,
BODS 0.4 and OpenSanctions files into it; ``trace`` walks the ownership graph upward and
computes the three lenses (look-through share, majority chain, control); ``match`` resolves
names; ``flags`` turns a trace into findings; ``report`` is the JSON contract. DuckDB is
imported only inside functions, so ``import counterlink`` never loads it.
"""
