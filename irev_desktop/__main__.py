from irev_desktop.cli import main

raise SystemExit(main())
