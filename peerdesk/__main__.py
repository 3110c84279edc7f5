"""`python -m peerdesk`: the same as the `peerdesk` command."""

from peerdesk.cli import main

raise SystemExit(main())
