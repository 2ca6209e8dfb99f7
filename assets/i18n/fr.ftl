# Français (fr-CA) : le français tel qu'on l'écrit au Canada.
# Chiffres : arabes occidentaux (0–9), comme dans les quatre langues de l'application.
# Typographie québécoise : espace insécable avant le deux-points et dans les
# guillemets « », aucune espace avant ; ! ?
# Les noms de touches (Ctrl, Maj, Échap, ←…) viennent du code, en variables.
# Terminologie : « citation » = les paroles citées (quote); « référence » = la
# référence bibliographique (citation en anglais); « rectificatif » = correction publiée.

-app-name = Chronologie Inde-Canada

## Menus (Fichier, Affichage, Aide) et boîtes de dialogue

menu-file = Fichier
menu-view = Affichage
menu-help = Aide
menu-help-shortcuts = Raccourcis clavier
menu-help-about = À propos
menu-file-open = Ouvrir…
menu-file-open-recent = Fichiers récents
menu-file-recent-open-now = Déjà ouvert
menu-file-recent-missing = { $path } est introuvable
menu-file-recent-clear = Vider la liste
menu-file-open-bundled = Ouvrir le jeu de données intégré
menu-file-export = Exporter…
menu-file-export-citations = Exporter les références…
menu-file-export-citations-tip = Les sources des événements affichés (ou de la période sélectionnée), en Markdown, CSV ou BibTeX
menu-file-quit = Quitter
menu-view-fit-all = Tout voir
menu-view-list = Liste
menu-view-compare = Comparer les voix
menu-view-tour = Visite guidée des événements clés
menu-view-theme = Thème
menu-view-theme-system = Selon le système
menu-view-theme-light = Clair
menu-view-theme-dark = Sombre
menu-view-larger-text = Agrandir le texte
menu-view-smaller-text = Réduire le texte
menu-view-actual-size = Taille réelle
menu-view-language = Langue
# Chaque langue est nommée dans sa propre langue, à l'identique dans tous les fichiers.
menu-language-en = English
menu-language-fr = Français
menu-language-hi = हिन्दी
menu-language-pa = ਪੰਜਾਬੀ
menu-dialog-open-title = Ouvrir une chronologie
menu-dialog-filter-all = Toutes les chronologies
menu-dialog-filter-ron = Chronologie (RON)
menu-dialog-filter-timelinejs = TimelineJS (JSON, CSV)
menu-dialog-export-citations-title = Exporter les références

## Barre supérieure

top-window-title = { $title } — { -app-name }
top-tour = ▶ Visite
top-tour-tip = Parcourir un à un les événements clés, à partir du premier
top-fit-all = Tout voir
top-fit-all-tip = Afficher toute la chronologie
top-export = Exporter…
top-export-tip = Exporter la période sélectionnée ({ $shift }+glisser) ou la partie visible en PNG, SVG ou PDF
top-open = Ouvrir…
top-open-tip = Ouvrir une autre chronologie (.ron, TimelineJS .json ou .csv)
top-lanes = Catégories
top-lanes-hidden =
    Catégories ({ $count ->
        [one] { $count } masquée
       *[other] { $count } masquées
    })
top-lane-hide = Masquer cette catégorie
top-lane-show = Afficher cette catégorie
top-storylines-all = Toutes les trames
top-storyline = Trame : { $name }
top-disputed = ⚠ Contestés
top-disputed-tip = N'afficher que les événements sur lesquels les sources divergent
top-list = ☰ Liste
top-list-tip = Les événements sous forme de liste triable
top-compare = ⇆ Comparer
top-compare-tip = Deux voix côte à côte, une ligne par jour

## Recherche

search-hint = Rechercher
search-matches =
    { $count ->
        [0] aucun résultat
        [one] { $count } résultat
       *[other] { $count } résultats
    }
search-clear = Effacer
search-clear-tip = Effacer la recherche
search-speaker-page = { $name } : voir sa page
search-speaker-page-tip = Toutes ses déclarations, avec les références

## Menu Voix et parties

voices-menu-all = Voix : toutes
voices-menu-one = Voix : { $voice }
voices-all = Toutes les voix
voices-one-speaker = Un seul intervenant
voices-menu-tip = Mettre en évidence les événements où cette partie ou cet intervenant est cité
voices-side-india = Gouvernement de l'Inde
voices-side-canada = Gouvernement du Canada
voices-side-other = Autres pays
voices-side-non-state = Voix non étatiques
voices-short-india = Inde
voices-short-canada = Canada
voices-short-other = autres pays
voices-short-non-state = non étatiques
voices-a-speaker = un intervenant

## Panneau latéral : l'événement sélectionné

side-previous = ◀ Précédent
side-previous-tip = Événement précédent
side-next = Suivant ▶
side-next-tip = Événement suivant
side-tags = Mots-clés : { $tags }
side-sources-say = Ce que disent les sources
side-cite-as = Style de référence
side-cite-style-plain = Simple
side-copy-all-citations = Copier toutes les références
side-copy-citation = Copier la référence
side-copied = ✔ Copié
side-key-event = ★ Événement clé
side-storylines = Trame : { $names }
side-precision-month = Date connue au mois près seulement : la bande estompée de la chronologie couvre tout le mois.
side-precision-year = Date connue à l'année près seulement.
side-open-source = Ouvrir la source →
side-open-source-tip = Ouvre la page à cette citation, surlignée (Chrome, Edge, Safari); { $url }
side-copy-quote-link = Copier le lien vers la citation
side-copy-quote-link-tip = L’adresse de la page, qui surligne la citation à l’ouverture
side-archived = Copie archivée →
side-archive-lookup = Wayback Machine →
side-archive-lookup-tip = Une recherche, pas une copie vérifiée : l’archive ouvre sa capture la plus proche de la date de la page, s’il y en a une. { $url }
side-page-gone = ⚠ Page disparue (vérifié le { $date })
side-source-via = via { $via } ·
side-source-no-date = date non précisée
# Le type de source, après sa date : « · Déclaration officielle ».
side-source-kind-official = Déclaration officielle
side-source-kind-news = Article de presse
side-source-kind-reference = Document de référence
# Une page qui reprend l'article d'un autre média; $outlet est ce média.
side-source-kind-copy = Reprise d'un article publié par { $outlet }
side-own-words-person = — en ses propres termes ·
side-own-words-body = — sa propre déclaration ·
# « <média>, qui rapporte ce que <lien vers l'intervenant> a dit »
side-reported-before = , qui rapporte ce que
side-reported-after = a dit
side-narration = (narration)
side-speaker-speaks-for = Partie : { $side }
side-speaker-click = Cliquez pour voir toutes ses déclarations
# Le sujet vient du jeu de données, dans la langue où il a été écrit :
# il suit un deux-points au lieu d'entrer dans la phrase.
side-dispute-differ = Les sources divergent : { $about }
side-dispute = Les sources divergent
side-dispute-sources = Sources : { $sources }
side-corrected = Rectificatifs

## Aperçu du jeu de données; bande de vue d'ensemble

overview-counts =
    { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    } · { $sources ->
        [one] { $sources } source
       *[other] { $sources } sources
    } · { $quotes ->
        [one] { $quotes } citation
       *[other] { $quotes } citations
    } · { $disputed ->
        [one] { $disputed } contesté
       *[other] { $disputed } contestés
    }
overview-source = Provenance : { $source }
overview-periods = Périodes
overview-click-hint = Cliquez sur un événement de la chronologie pour lire ce qui s'est passé et ce qu'en disent les sources.
overview-keys-hint = { $previousKey } { $nextKey } parcourent les événements · { $tourKey } lance la visite des événements clés · { $listKey } les affiche en liste · { $helpKey } affiche tous les raccourcis
overview-corrections = Rectificatifs ({ $count })
overview-strip-tip = Vue d'ensemble : faites glisser pour déplacer la zone affichée, ou cliquez pour atteindre un moment précis

## Page d'un intervenant et liste des intervenants

speaker-back = ◀ Retour
speaker-back-tip = Revenir là où vous étiez ({ $key })
speaker-own-only = Propos directs seulement
speaker-newest-first = Plus récents d'abord
speaker-kind-person = Personne
speaker-kind-body = Institution
speaker-kind-side = { $kind } · partie : { $side }
speaker-role-since = { $role } · depuis le { $date }
speaker-role-until = { $role } · jusqu'au { $date }
speaker-statement-count =
    { $count ->
        [one] { $count } déclaration
       *[other] { $count } déclarations
    } : { $own } en propos directs, { $reported ->
        [one] { $reported } rapportée
       *[other] { $reported } rapportées
    } par les médias
speaker-aliases = Autres noms : { $names }
speaker-show-event = Afficher cet événement
speaker-voice-own = propos directs · { $outlet }
speaker-voice-reported = propos rapportés par { $outlet }
speaker-list-heading = Intervenants ({ $count })
speaker-side-unknown = Partie non précisée
speaker-list-tip = Toutes ses déclarations

## Vue en liste

list-col-date = Date
list-col-title = Titre
list-col-category = Catégorie
list-col-importance = Importance
list-col-outlets = Médias
list-col-disputed = Contesté
list-sort-tip = Trier selon cette colonne
list-key = ★ Clé
list-minor = mineur

## Visite guidée

tour-of-key-events = Visite guidée des événements clés
tour-of-storyline = Visite guidée : { $storyline }
tour-position = { $current } sur { $total }
tour-previous = ◀ Étape précédente
tour-next = Étape suivante ▶
tour-leave = Quitter la visite

## Infobulles de la chronologie

tip-keys-either = { $first } ou { $second }
tip-density-events =
    { $count ->
        [one] { $count } événement commençant { $when }
       *[other] { $count } événements commençant { $when }
    }
tip-click-to-zoom = Cliquez pour zoomer
tip-when-day = le { $date }
tip-when-range = sur la période { $range }
tip-badge-events =
    { $count ->
        [one] { $count } événement
       *[other] { $count } événements
    }
tip-badge-more =
    { $count ->
        [one] et { $count } autre
       *[other] et { $count } autres
    }
tip-badge-click = Cliquez pour zoomer ou en choisir un
tip-quoted = Voix citées :

## Vue de comparaison

compare-title = Comparer
compare-left = Gauche :
compare-right = Droite :
compare-swap-tip = Permuter les colonnes
compare-rows =
    { $count ->
        [one] { $count } ligne
       *[other] { $count } lignes
    } · { $scope }
compare-export-tip = Enregistrer ces lignes et leurs références ({ $format })
compare-export = Exporter en { $format }
compare-close = Fermer
compare-close-tip = Retour à la chronologie
# After a speaker's name when an outlet reports what they said.
compare-reported = , propos rapportés
compare-empty = Aucune des deux voix n'est citée pendant cette période : faites un zoom arrière ou choisissez d'autres voix.
compare-scope-storyline = la trame « { $storyline } »
compare-scope-dates = les dates affichées, { $range }
compare-dialog-title = Exporter la comparaison

## Boîte de dialogue d'exportation

export-window-title = Exporter
export-from = Du
export-to = Au
export-width = Largeur
export-theme = Thème
export-theme-light = Clair (impression)
export-theme-dark = Sombre
export-title = Titre
export-include = Inclure
export-legend = Légende
export-source-list = Liste des sources
export-key-only = Événements clés seulement
export-save-to = Enregistrer sous
export-choose = Choisir…
export-button = Exporter
export-running = Exportation en cours…
export-saved = Enregistré : { $path }
export-open-folder = Ouvrir le dossier
export-format = Format
export-format-png = Image PNG
export-format-svg = Image vectorielle SVG
export-format-pdf = Document PDF

## Texte des pages exportées (PNG, SVG, PDF)

export-page-numbered-events = Événements numérotés
export-page-official = { $outlet } (source officielle)
export-page-sources-quoted = Sources citées : { $outlets }.
export-page-corrected = Rectificatifs
export-page-more-corrections =
    { $count ->
        [one] …et { $count } autre dans le journal des rectificatifs du jeu de données.
       *[other] …et { $count } autres dans le journal des rectificatifs du jeu de données.
    }
export-page-events =
    { $count ->
        [one] { $count } événement
       *[other] { $count } événements
    }
export-page-events-in-bars =
    { $count ->
        [one] { $count } événement
       *[other] { $count } événements
    } (dont { $inBars ->
        [one] { $inBars } compté
       *[other] { $inBars } comptés
    } dans les barres)
export-page-footer = { $title } · exporté le { $date } avec { -app-name } { $version }
export-page-compare-heading = { $left } et { $right } · { $range }
export-page-citations = Références
export-page-more-rows =
    { $count ->
        [one] …et { $count } autre ligne : choisissez une période plus courte.
       *[other] …et { $count } autres lignes : choisissez une période plus courte.
    }
export-page-disputed-title = Les sources divergent

## Messages d'erreur affichés dans la fenêtre

error-export-from = Date de début : { $error }
error-export-to = Date de fin : { $error }
error-export-start-after-end = le début ({ $from }) est postérieur à la fin ({ $to }) : inversez-les
error-export-width = la largeur { $width } est hors limites : choisissez entre { $min } et { $max } pixels
error-export-extension = { $path } : type de fichier inconnu; utilisez l'extension { $extensions }
error-list-or = { $rest } ou { $last }
error-export-not-a-picture = un fichier { $format } n'est pas une image : utilisez l'extension { $extensions }
error-export-missing-folder = { $path } : le dossier n'existe pas; créez-le ou choisissez-en un autre
error-write-file = { $path } : impossible d'écrire le fichier : { $error }
error-export-would-replace-input = { $path } : c'est la chronologie en cours d'exportation; choisissez un autre nom de fichier
error-svg-read = impossible de lire le SVG : { $error }
error-image-too-large = l'image ferait { $width } × { $height } pixels : trop grande pour être générée
error-png-encode = impossible d'encoder le PNG : { $error }
error-pdf-read = impossible de lire le dessin pour le PDF : { $error }
error-pdf-write = impossible d'écrire le PDF : { $error }
error-citations-extension = { $path } : utilisez l'extension .md, .csv ou .bib

## Bandeau d'avis au-dessus de la chronologie

notice-dismiss = Fermer
notice-retry = Réessayer
notice-retry-tip = Rouvrir le fichier (il se recharge aussi automatiquement à chaque enregistrement)
notice-more-lines =
    { $count ->
        [one] … et { $count } autre ligne
       *[other] … et { $count } autres lignes
    }
notice-opening = Ouverture de { $path }…
notice-missing-reopened = La chronologie que vous aviez ouverte, { $path }, n'existe plus; le jeu de données intégré est affiché à la place. Utilisez { menu-file } › { menu-file-open } pour la retrouver.
notice-failed-bundled = Impossible d'ouvrir { $path }; le jeu de données intégré est affiché à la place. Corrigez ces problèmes et enregistrez : le fichier s'ouvrira automatiquement.
notice-failed-unchanged = Impossible d'ouvrir { $path }; la chronologie affichée reste inchangée. Corrigez ces problèmes et enregistrez : le fichier s'ouvrira automatiquement.
notice-reload-problems = { $path } a été modifié sur le disque et comporte maintenant des problèmes; la dernière version valide reste affichée. Il se rechargera quand vous enregistrerez une version corrigée.
notice-file-gone = { $path } a été supprimé ou déplacé; la dernière version chargée reste affichée. Le fichier sera rechargé s'il réapparaît.
notice-wrote-citations =
    { $count ->
        [one] Sources de { $count } événement enregistrées dans { $path }
       *[other] Sources de { $count } événements enregistrées dans { $path }
    }
notice-wrote-comparison = Comparaison enregistrée dans { $path }

## Dépôt d'un fichier sur la fenêtre

drop-hint-open = Relâchez pour ouvrir cette chronologie
drop-hint-refuse = Seuls les fichiers de chronologie (.ron, ou .json et .csv de TimelineJS) peuvent être ouverts
drop-not-timeline = { $path } n'est pas une chronologie : ouvrez des fichiers .ron, ou des fichiers .json et .csv de TimelineJS.

## Feuille des raccourcis clavier (F1)

shortcuts-title = Raccourcis clavier
shortcuts-zoom-in = Zoom avant
shortcuts-zoom-out = Zoom arrière
shortcuts-pan-back = Reculer dans le temps
shortcuts-pan-forward = Avancer dans le temps
shortcuts-fit-all = Afficher toute la chronologie (ou double-clic)
shortcuts-previous = Événement précédent (à partir du dernier affiché)
shortcuts-next = Événement suivant (à partir du premier affiché)
shortcuts-first = Premier événement
shortcuts-last = Dernier événement
shortcuts-clear = Fermer une fenêtre, quitter la visite ou annuler la sélection (événement et période)
shortcuts-search = Rechercher des mots ou des dates; { $nextKey } / { $previousKey } : résultat suivant / précédent
shortcuts-export = Exporter la période sélectionnée en PNG, SVG ou PDF
shortcuts-open = Ouvrir une chronologie (.ron, TimelineJS .json ou .csv)
shortcuts-list = Les événements sous forme de liste triable
shortcuts-list-previous = Ligne précédente de la liste
shortcuts-list-next = Ligne suivante de la liste
shortcuts-tour = Visite guidée des événements clés ({ $nextKey }, { $previousKey } et { $leaveKey } pendant la visite)
shortcuts-tour-next = Étape suivante de la visite
shortcuts-toggle = Afficher ou masquer ces raccourcis
shortcuts-quit = Quitter (l'application se rouvrira dans l'état où vous l'avez laissée)
shortcuts-gesture-zoom-keys = { $ctrl } + molette, pincement
shortcuts-gesture-zoom = Zoomer sur la chronologie autour du pointeur
shortcuts-gesture-pan-keys = Molette, glisser
shortcuts-gesture-pan = Se déplacer dans le temps
shortcuts-gesture-click-keys = Clic
shortcuts-gesture-click = Sélectionner un événement; sur une pastille, zoomer ou choisir dans une liste
shortcuts-gesture-range-keys = { $shift } + glisser
shortcuts-gesture-range = Sélectionner une période à exporter
shortcuts-gesture-text-size-keys = { $ctrl }++ / { $ctrl }+- / { $ctrl }+0
shortcuts-gesture-text-size = Texte plus grand / plus petit / normal

## Boîte À propos

about-title = À propos
about-app-name = { -app-name }
about-version = Version { $version }
about-counts =
    { $events ->
        [one] { $events } événement
       *[other] { $events } événements
    }, { $sources ->
        [one] { $sources } source
       *[other] { $sources } sources
    }, { $quotes ->
        [one] { $quotes } citation
       *[other] { $quotes } citations
    }
about-source = Provenance : { $source }
about-verbatim = Chaque citation est reproduite mot pour mot à partir de la source indiquée; lorsque les sources divergent, les deux versions sont présentées.
# The dataset inside the app, where a file name would be.
about-bundled-name = india_canada.ron (intégré à l’application)
