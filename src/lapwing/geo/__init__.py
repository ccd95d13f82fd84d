"""Offline geography: the gazetteer, place-name detection and disambiguation."""
