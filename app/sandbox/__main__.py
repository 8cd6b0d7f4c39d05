from app.sandbox.cli import main

raise SystemExit(main())
