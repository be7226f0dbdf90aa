from jiedao.cli import main

raise SystemExit(main())
