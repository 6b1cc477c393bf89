/**
 * Localised messages for every DomainErrorCode and labels for coded values of the domain. French is the reference.
 * Keys: `domain.<DomainErrorCode>`, the SpacingWarningCode itself (already `spacing.*`), `label.<list>.<value>`;
 * `domainParam.*` are fragments domainText.ts composes into a parameter. Placeholders are the
 * parameter names the domain sends with the code; domainText.ts turns coded values into labels first.
 */
export const domainErrorsFr = {
  // Campaign set-up (coordinators).
  "domain.campaign.approachInvalid":
    "Choisissez une approche : thématique (un service) ou territoriale (un site regroupant plusieurs services).",
  "domain.campaign.coordinatorRequired":
    "Une campagne a besoin d'au moins une personne pour la coordonner. Ajoutez-en une.",
  "domain.campaign.effectFailed": "L'étape n'a pas pu être franchie : la campagne reste où elle était.",
  "domain.campaign.invalidTransition":
    "La campagne ne peut pas passer de « {from} » à « {to} » : elle avance d'une étape à la fois, et peut être clôturée à tout moment.",
  "domain.campaign.nameLength":
    "Le nom de la campagne doit compter entre {min} et {max} caractères (il en compte {length}).",
  "domain.campaign.panelSizeOutOfRange":
    "Un panel compte entre {min} et {max} personnes. Choisissez un nombre dans cet intervalle.",
  "domain.campaign.retentionDateInvalid":
    "La date « {value} » n'est pas reconnue. Indiquez la date de conservation au format AAAA-MM-JJ.",
  "domain.campaign.lastCoordinator":
    "Cette personne est la seule à coordonner la campagne. Nommez d'abord une autre personne à la coordination, puis changez son rôle.",
  "domain.campaign.personRequired": "Choisissez une personne de l'équipe.",
  "domain.campaign.agentPanelNotConfirmed":
    "Le panel d'agents n'est pas encore confirmé (page Recrutement, onglet Agents).",
  "domain.campaign.moveBlocked": "Cette étape n'est pas encore possible. Voici ce qui manque :",
  "domain.campaign.committeeIncomplete":
    "Le comité de pilotage n'a pas encore décidé de chaque engagement (page Feuille de route).",
  "domain.campaign.workshopDateMissing":
    "La date de l'atelier {workshop} n'est pas fixée (bouton « Modifier la campagne »).",
  "domain.campaign.mixedPanelNotConfirmed":
    "Le panel mixte n'est pas encore confirmé (page Recrutement, onglet Panel mixte).",
  "domain.campaign.movedMeanwhile":
    "La campagne a changé d'étape entre-temps : elle est maintenant à l'étape « {state} ». La page a été mise à jour.",
  "domain.campaign.posterNotFinal":
    "L'affiche n'est pas encore validée par tous les participants (ou la validation n'a pas été close sur la page Affiche).",
  "domain.campaign.usagerPanelNotConfirmed":
    "Le panel d'usagers n'est pas encore confirmé (page Recrutement, onglet Usagers).",
  "domain.campaign.workshopAlreadyHeld":
    "L'atelier {workshop} a déjà eu lieu : ce qui s'y est dit reste, la campagne repart de là.",
  "domain.campaign.workshopNotHeld":
    "L'atelier {workshop} n'a pas encore commencé : lancez-le avec « atelier » dans la réunion, ou depuis la console.",
  "domain.campaign.serviceDuplicate": "Un même service figure deux fois dans la liste. Gardez-le une seule fois.",
  "domain.campaign.serviceNameEmpty": "Un des services n'a pas de nom. Nommez chaque service ou retirez la ligne vide.",
  "domain.campaign.servicesEmpty": "Indiquez au moins un service concerné par la campagne.",
  "domain.campaign.siteRequired":
    "Pour une approche territoriale, indiquez le nom du site (par exemple « Maison de Hautepierre »).",
  "domain.campaign.thematicNeedsOneService":
    "Une approche thématique porte sur un seul service, et {count} sont indiqués. Gardez-en un, ou choisissez l'approche territoriale.",

  // Recruitment: the campaign asked for, the panels and the usagers' personal links.
  "domain.campaign.notFound": "Cette campagne n'existe pas ou plus.",
  "domain.campaign.forbidden": "Seules les personnes qui coordonnent cette campagne peuvent faire cela.",
  "domain.recruitment.consentRequired": "Merci de cocher la case de consentement pour participer.",
  "domain.recruitment.mixedClosed":
    "Le panel de l'atelier 3 est déjà constitué : contactez la coordination pour changer votre réponse.",
  "domain.recruitment.mixedNotAsked":
    "L'atelier 3 n'est pas encore ouvert, ou vous n'avez pas accepté de participer au panel.",
  "domain.recruitment.mixedNotOpened":
    "Reproposez d'abord l'atelier 3 aux deux panels : le panel mixte se compose parmi celles et ceux qui répondent oui.",
  "domain.recruitment.noAgentPanel":
    "Confirmez d'abord le panel des agents : l'atelier 3 se recrute parmi ses membres.",
  "domain.recruitment.unknownMember": "« {id} » ne s'est pas porté volontaire pour l'atelier 3.",
  "domain.recruitment.unknownUsager": "« {id} » n'est pas un usager ayant accepté de participer à cette campagne.",
  "domain.recruitment.unknownVolunteer": "« {id} » n'est pas un volontaire de cette campagne.",
  "domain.usagerLink.notFound": "Ce lien n'est pas valide. Demandez un nouveau lien à l'agent qui vous l'a donné.",
  "domain.usagerLink.expired": "Ce lien a expiré. Demandez un nouveau lien à l'agent qui vous l'a donné.",

  // Steering committee.
  "domain.committee.adaptedTextNotAllowed":
    "Une nouvelle formulation n'est attendue que pour un engagement adapté, pas pour une décision « {decision} ». Retirez-la, ou choisissez « Adapté ».",
  "domain.committee.adaptedTextRequired": "Pour un engagement adapté, écrivez sa nouvelle formulation.",
  "domain.committee.decisionInvalid": "Choisissez une décision : adopté, adapté ou non retenu.",
  "domain.committee.levelInvalid": "Choisissez le niveau de décision : service, direction, direction générale ou élus.",
  "domain.committee.reasonRequired":
    "Pour une décision « {decision} », indiquez la raison en quelques mots : les participants tiennent à savoir ce que devient leur proposition.",
  "domain.committee.textTooLong": "Le texte « {field} » dépasse {max} caractères. Raccourcissez-le un peu.",
  "domain.committee.unknownCommitment": "Cet engagement ne figure pas sur l'affiche. Rechargez la page et réessayez.",

  // Workshop contributions (participants) and their moderation (facilitators).
  "domain.contribution.alreadyHidden": "Cette contribution est déjà masquée.",
  "domain.contribution.alreadyMerged": "Cette contribution a déjà été regroupée avec une autre.",
  "domain.contribution.duplicateId": "Cette contribution est déjà enregistrée : inutile de l'envoyer à nouveau.",
  "domain.contribution.empty": "Écrivez quelques mots avant d'envoyer.",
  "domain.contribution.mergeAcrossSteps":
    "Seules des contributions d'une même étape du même atelier peuvent être regroupées.",
  "domain.contribution.mergeIntoItself":
    "Une contribution ne peut pas être regroupée avec elle-même. Choisissez-en une autre à garder.",
  "domain.contribution.notFound": "Cette contribution est introuvable. Rechargez la liste et réessayez.",
  "domain.contribution.notHidden": "Cette contribution est déjà visible.",
  "domain.contribution.nothingToMerge": "Choisissez au moins une contribution à regrouper avec celle que vous gardez.",
  "domain.contribution.tagInvalid": "Indiquez qui s'engagerait : les agents, les usagers ou les deux.",
  "domain.contribution.tagNotAllowed":
    "À l'étape « {stepId} », pas besoin d'indiquer qui s'engage : votre idée suffit.",
  "domain.contribution.tagRequired": "Indiquez qui s'engagerait : les agents, les usagers ou les deux.",
  "domain.contribution.tooLong":
    "Votre texte compte {length} caractères, pour {max} au plus. Raccourcissez-le, ou faites-en deux idées.",
  "domain.contribution.tooManyEntries":
    "Vous avez proposé {max} idées à cette étape, le maximum prévu. Merci pour vos idées !",
  "domain.contribution.unchanged": "Rien n'a changé : modifiez le texte ou qui s'engage avant d'enregistrer.",

  // Joining a workshop from a phone (usagers without an account).
  "domain.joinCode.expired": "Cet atelier est terminé : le code n'est plus valable.",
  "domain.joinCode.notFound": "Ce code d'atelier n'existe pas. Vérifiez-le auprès de l'animateur.",
  "domain.joinDevice.clientLimitReached":
    "Cette connexion a déjà fait entrer {limit} appareils dans l'atelier, le maximum. Si vous n'avez pas encore pu participer, demandez à l'animateur de saisir vos réponses pour vous.",
  "domain.joinDevice.forbidden": "Votre appareil n'est pas reconnu pour cet atelier : rechargez la page.",
  "domain.joinDevice.tooMany":
    "Beaucoup d'appareils viennent de rejoindre l'atelier par cette connexion. Nouvel essai dans {seconds} secondes : la page réessaie d'elle-même, gardez-la ouverte.",
  "domain.joinDevice.workshopFull":
    "L'atelier a atteint son nombre maximal d'appareils ({limit}). Demandez à l'animateur de saisir vos réponses pour vous.",

  // Import of the service's make-up (coordinators, from an HR export).
  "domain.makeup.countColumnMissing":
    "L'en-tête (ligne {line}) n'a pas de colonne « count », qui donne le nombre de personnes de chaque groupe. Ajoutez-la.",
  "domain.makeup.duplicateColumn":
    "La colonne « {column} » apparaît deux fois dans l'en-tête (ligne {line}). Gardez-en une seule.",
  "domain.makeup.empty": "Le fichier est vide. Importez la composition du service, avec une ligne d'en-tête.",
  "domain.makeup.invalidCount":
    "Ligne {line} : « {value} » n'est pas un nombre entier. Indiquez un nombre de personnes (0, 1, 2…).",
  "domain.makeup.invalidValue":
    "Ligne {line} : la valeur « {value} » n'est pas reconnue dans la colonne « {column} ». Corrigez-la, ou laissez la case vide (ou *) si elle ne compte pas.",
  "domain.makeup.noRows":
    "Le fichier ne contient que l'en-tête. Ajoutez une ligne par groupe, avec son nombre de personnes.",
  "domain.makeup.totalZero":
    "Tous les nombres de personnes valent 0. Indiquez combien de personnes compte chaque groupe.",
  "domain.makeup.unknownColumn":
    "La colonne « {column} » (ligne {line}) n'est pas reconnue. Vérifiez son orthographe, ou retirez-la.",
  "domain.makeup.wrongFieldCount":
    "Ligne {line} : {found} valeurs au lieu de {expected}. Vérifiez les séparateurs (; ou ,).",

  // Confirming a panel (coordinators).
  "domain.panel.empty": "Le panel est vide : cochez au moins une personne, puis confirmez.",
  "domain.panel.mixedEmpty":
    "Le panel mixte est vide : cochez au moins un agent ou un usager parmi ceux qui ont dit oui, puis confirmez. Si personne n'a encore répondu oui, attendez les réponses.",

  // Poster (coordinators edit it, participants validate it).
  "domain.poster.alreadyValidated":
    "Tout le monde a déjà approuvé l'affiche : elle est validée, inutile de clore la validation.",
  "domain.poster.closed": "La validation de l'affiche est close : elle ne peut plus être modifiée ni validée.",
  "domain.poster.duplicateId":
    "Deux éléments de l'affiche portent le même identifiant. Rechargez la page et réessayez.",
  "domain.poster.noApproval":
    "Personne n'a encore approuvé cette version de l'affiche. Attendez au moins une approbation avant de clore la validation.",
  "domain.poster.noCommitments": "Ajoutez au moins un engagement à l'affiche.",
  "domain.poster.noQualities": "Ajoutez au moins une qualité à promouvoir sur l'affiche.",
  "domain.poster.notAParticipant":
    "La validation de l'affiche est réservée aux personnes qui ont participé aux ateliers.",
  "domain.poster.partyInvalid": "Pour chaque engagement, indiquez qui s'engage : les agents, les usagers ou les deux.",
  "domain.poster.staleVersion":
    "L'affiche a changé depuis que vous l'avez ouverte (vous regardiez la version {given}, voici la version {current}). Relisez-la avant de donner votre avis.",
  "domain.poster.textEmpty": "Un texte de l'affiche est vide. Complétez-le, ou retirez la ligne.",
  "domain.poster.textTooLong": "Ce texte dépasse {max} caractères. Raccourcissez-le un peu.",
  "domain.poster.unchanged": "Rien n'a changé sur l'affiche : il n'y a rien à enregistrer.",
  "domain.poster.commentRequired": "Dites en quelques mots ce qu'il faudrait changer, puis envoyez à nouveau.",
  "domain.poster.conflict": "Cette campagne a déjà une affiche : modifiez-la plutôt que d'en créer une autre.",
  "domain.poster.forbidden": "Vous n'avez pas les droits pour cette action sur cette campagne.",
  "domain.poster.noWorkshopOutcome":
    "L'atelier 3 de cette campagne n'est pas terminé : saisissez le contenu de l'affiche directement.",
  "domain.poster.notFound": "Cette campagne n'a pas encore d'affiche.",
  "domain.follow.notFound": "Ce lien de suivi n'est pas (ou plus) valide.",
  "domain.roadmap.notFound": "Cette action de la feuille de route n'existe pas.",

  // Right of access and right to erasure of one person's data.
  "domain.privacy.forbidden":
    "Seules les personnes qui coordonnent cette campagne peuvent consulter ou effacer les données d'une personne.",
  "domain.privacy.notFound": "Aucune donnée n'est enregistrée pour cette personne dans cette campagne.",
  "domain.privacy.lastCoordinator":
    "Cette personne est la seule à coordonner la campagne : ses données ne peuvent pas être effacées. Nommez d'abord une autre personne à la coordination, puis recommencez.",

  // Minimal profile (agents and usagers volunteering).
  "domain.profile.ageBandInvalid": "Choisissez votre tranche d'âge parmi : {allowed}.",
  "domain.profile.categoryInvalid": "Choisissez votre catégorie parmi : {allowed}.",
  "domain.profile.fieldMissing": "Merci de répondre à la question « {field} ».",
  "domain.profile.frequencyInvalid": "Indiquez à quelle fréquence vous venez : {allowed}.",
  "domain.profile.kindInvalid": "Indiquez si vous venez en tant que : {allowed}.",
  "domain.profile.notAnObject": "Votre profil n'a pas pu être lu. Rechargez le formulaire et réessayez.",
  "domain.profile.sexInvalid": "Choisissez une réponse parmi : {allowed}.",
  "domain.profile.staffKindInvalid": "Choisissez votre filière parmi : {allowed}.",

  // Roadmap (service managers).
  "domain.roadmap.commentTooLong": "Le commentaire dépasse {max} caractères. Raccourcissez-le un peu.",
  "domain.roadmap.doneRequiresFullProgress":
    "Une action réalisée est avancée à 100 %. Mettez l'avancement à 100 %, ou gardez le statut « En cours ».",
  "domain.roadmap.droppedNeedsComment":
    "Pour abandonner une action, expliquez pourquoi en quelques mots : les participants tiennent à le savoir.",
  "domain.roadmap.dueDateInvalid":
    "La date « {value} » n'est pas reconnue. Indiquez une échéance au format AAAA-MM-JJ.",
  "domain.roadmap.emptyUpdate": "Indiquez un statut, un avancement ou un commentaire avant d'enregistrer.",
  "domain.roadmap.progressOutOfRange": "L'avancement est un nombre entier entre {min} et {max} %.",
  "domain.roadmap.statusInvalid": "Choisissez un statut : à démarrer, en cours, réalisée ou abandonnée.",
  "domain.roadmap.titleRequired": "Donnez un titre à l'action.",
  "domain.roadmap.titleTooLong": "Le titre dépasse {max} caractères. Raccourcissez-le un peu.",
  "domain.roadmap.toStartRequiresNoProgress":
    "Une action « À démarrer » n'a pas encore avancé. Remettez l'avancement à 0 %, ou choisissez « En cours ».",
  // The team's member list, read from Teams for the people picker.
  "domain.roster.unavailable":
    "La liste des membres de l'équipe n'a pas pu être lue dans Teams. Réessayez dans un moment.",

  // Scale step (participants).
  "domain.scale.commentNotAllowed": "Ici, seule votre position sur l'échelle est demandée, sans commentaire.",
  "domain.scale.commentTooLong":
    "Votre commentaire compte {length} caractères, pour {max} au plus. Raccourcissez-le un peu.",
  "domain.scale.notAnInteger": "Choisissez une position entière sur l'échelle.",
  "domain.scale.outOfRange": "Choisissez une position entre {min} et {max}.",

  // Scheduling (coordinators).
  "domain.schedule.campaignClosed": "Cette campagne est clôturée : aucun atelier ne peut plus y être planifié.",
  "domain.schedule.invalidDate":
    "La date « {value} » n'est pas reconnue. Choisissez une date et une heure dans le calendrier.",

  // Workshop settings (coordinators adapting the method).
  "domain.settings.budgetOutOfRange":
    "Pour « {key} », le nombre de gommettes par personne doit être compris entre {min} et {max}.",
  "domain.settings.keepOutOfRange":
    "Pour « {key} », le nombre d'éléments retenus doit être compris entre {min} et {max}.",
  "domain.settings.maxEntriesOutOfRange":
    "Le nombre de contributions par personne et par étape doit être compris entre {min} et {max}.",
  "domain.settings.maxLengthOutOfRange":
    "La longueur maximale d'une contribution doit être comprise entre {min} et {max} caractères.",
  "domain.settings.maxPerItemOutOfRange":
    "Pour « {key} », le nombre de gommettes sur un même élément doit être compris entre {min} et {max} (pas plus que les gommettes de chaque personne).",
  "domain.settings.textEmpty": "Un texte est vide : {key}, en {locale}. Écrivez-le avant d'enregistrer.",
  "domain.settings.textTooLong": "Un texte dépasse {max} caractères : {key}, en {locale}. Raccourcissez-le un peu.",

  // Dot votes (participants).
  "domain.vote.budgetExceeded":
    "Vous avez déjà utilisé toutes vos gommettes ({budget}). Pour changer d'avis, retirez-en une d'abord.",
  "domain.vote.maxPerItemReached":
    "Cet élément a déjà le maximum de vos gommettes ({max}). Placez les autres ailleurs.",
  "domain.vote.noVoteToRetract": "Vous n'avez pas de gommette à retirer sur cet élément.",
  "domain.vote.unknownItem": "Cet élément ne fait pas partie du vote. Rechargez la carte et réessayez.",

  // Running a workshop (facilitators, and participants whose card is out of date).
  "domain.workshop.commandNotAllowed":
    "« {command} » n'est pas possible pour l'instant : l'atelier est à l'état « {phase} ».",
  "domain.workshop.countdownOutOfRange": "Le minuteur dure entre {min} et {max} secondes (0 l'arrête).",
  "domain.workshop.inputClosed":
    "Les réponses ne sont pas ouvertes pour « {stepId} ». Attendez le signal de l'animation.",
  "domain.workshop.noNextStep": "C'est la dernière étape de l'atelier. Vous pouvez le terminer.",
  "domain.workshop.noPreviousStep": "C'est la première étape de l'atelier : il n'y en a pas avant.",
  "domain.workshop.stepNotCurrent":
    "L'atelier est passé à l'étape « {currentStepId} » : votre réponse pour « {stepId} » n'a pas été prise en compte. Continuez avec l'étape en cours.",
  "domain.workshop.wrongStepType":
    "Cette réponse ne correspond pas à l'étape « {stepId} ». Rechargez la carte et réessayez.",
  "domain.workshop.badInput": "Réponse incomplète ou mal formée : réessayez depuis la carte à jour.",
  "domain.workshop.forbidden":
    "Seul le coordinateur de la campagne, ou l'organisateur ou un présentateur de la réunion, peut animer cet atelier.",
  "domain.workshop.noCampaign":
    "Aucune campagne n'est à l'étape d'un atelier. Tapez « étapes » pour voir où en est votre campagne et la faire passer à son atelier.",
  "domain.workshop.notCommitmentsStep": "Les engagements se rédigent à l'étape « Les engagements ».",
  "domain.workshop.notFound": "Cet atelier n'existe pas ou plus.",
  "domain.workshop.staleVersion": "L'atelier a avancé entre-temps : voici l'étape en cours.",
  "domain.workshop.unknownItem": "Cet élément ne fait pas partie de la liste.",
  "domain.workshopSettings.forbidden":
    "Seuls les coordinateurs de la campagne peuvent modifier les réglages des ateliers.",
  "domain.workshopSettings.staleVersion":
    "Ces réglages ont été modifiés par quelqu'un d'autre depuis que vous les avez ouverts. Rechargez-les, puis refaites vos changements.",

  // Spacing between workshop 1 (agents) and workshop 2 (usagers): warnings, not errors.
  "spacing.tooClose":
    "L'atelier des usagers est prévu {days} jour(s) après celui des agents. Laissez de {minDays} à {maxDays} jours : ce temps permet aux agents de présenter la démarche et de recruter des usagers.",
  "spacing.tooFar":
    "L'atelier des usagers est prévu {days} jours après celui des agents. Visez de {minDays} à {maxDays} jours pour garder l'élan de la démarche.",
  "spacing.workshop2BeforeWorkshop1":
    "L'atelier des usagers est prévu avant celui des agents. Les agents passent d'abord : prévoyez l'atelier des usagers {minDays} à {maxDays} jours plus tard.",

  // Profile bands.
  "label.ageBand.under30": "Moins de 30 ans",
  "label.ageBand.30to44": "30 à 44 ans",
  "label.ageBand.45to54": "45 à 54 ans",
  "label.ageBand.55plus": "55 ans et plus",
  "label.sex.female": "Femme",
  "label.sex.male": "Homme",
  "label.sex.other": "Autre",
  "label.sex.undisclosed": "Préfère ne pas répondre",
  "label.category.A": "Catégorie A",
  "label.category.B": "Catégorie B",
  "label.category.C": "Catégorie C",
  "label.staffKind.technical": "Filière technique",
  "label.staffKind.administrative": "Filière administrative",
  "label.usagerKind.individual": "Particulier",
  "label.usagerKind.business": "Entreprise",
  "label.usagerKind.association": "Association",
  "label.frequency.firstTime": "Première fois",
  "label.frequency.occasional": "De temps en temps",
  "label.frequency.regular": "Régulièrement",
  "label.profileField.ageBand": "Tranche d'âge",
  "label.profileField.sex": "Sexe",
  "label.profileField.category": "Catégorie",
  "label.profileField.staffKind": "Filière",
  "label.profileField.kind": "Vous venez en tant que",
  "label.profileField.frequency": "Fréquence de venue",

  // Who commits, and which panel an idea came from.
  "label.commitParty.agents": "Agents",
  "label.commitParty.usagers": "Usagers",
  "label.commitParty.both": "Agents et usagers",
  "label.origin.agents": "Panel des agents",
  "label.origin.usagers": "Panel des usagers",
  "label.origin.both": "Les deux panels",

  // Steering committee and roadmap.
  "label.decisionKind.adopted": "Adopté",
  "label.decisionKind.adapted": "Adapté",
  "label.decisionKind.rejected": "Non retenu",
  "label.decisionLevel.service": "Service",
  "label.decisionLevel.department": "Direction",
  "label.decisionLevel.executive": "Direction générale",
  "label.decisionLevel.elected": "Élus",
  "label.committeeField.reason": "Raison",
  "label.committeeField.adaptedText": "Nouvelle formulation",
  "label.roadmapStatus.toStart": "À démarrer",
  "label.roadmapStatus.inProgress": "En cours",
  "label.roadmapStatus.done": "Réalisée",
  "label.roadmapStatus.dropped": "Abandonnée",

  // Workshop machinery.
  "label.workshopPhase.notStarted": "Pas encore commencé",
  "label.workshopPhase.input": "Réponses ouvertes",
  "label.workshopPhase.closed": "Réponses fermées",
  "label.workshopPhase.revealed": "Résultats affichés",
  "label.workshopPhase.paused": "En pause",
  "label.workshopPhase.ended": "Terminé",
  "label.facilitatorCommand.start": "Démarrer",
  "label.facilitatorCommand.openInput": "Ouvrir les réponses",
  "label.facilitatorCommand.closeInput": "Fermer les réponses",
  "label.facilitatorCommand.next": "Étape suivante",
  "label.facilitatorCommand.previous": "Étape précédente",
  "label.facilitatorCommand.reveal": "Afficher les résultats",
  "label.facilitatorCommand.pause": "Pause",
  "label.facilitatorCommand.resume": "Reprendre",
  "label.facilitatorCommand.end": "Terminer",
  "label.facilitatorCommand.setCountdown": "Minuteur",
  "label.sequence.idealChaotic": "Idéal, puis chaotique",
  "label.sequence.whereWeStand": "Où en sommes-nous ?",
  "label.sequence.actions": "Des actions concrètes",
  "label.sequence.qualities": "Les qualités à promouvoir",
  "label.sequence.priorities": "Les propositions prioritaires",
  "label.step.ideal": "La relation idéale",
  "label.step.chaotic": "La relation chaotique",
  "label.step.scale": "Où en est la relation",
  "label.step.actions": "Les actions",
  "label.step.actionsVote": "Vote sur les actions",
  "label.step.qualitiesVote": "Vote sur les qualités",
  "label.step.prioritiesVote": "Vote sur les priorités",
  "label.step.commitments": "Les engagements",
  "label.language.fr": "français",
  "label.language.en": "anglais",

  // Settings keys are paths like "prompts.ideal"; these name them for the coordinator instead.
  "domainParam.settingsPrompt": "consigne « {name} »",
  "domainParam.settingsSequenceTitle": "titre de séquence « {name} »",
} as const;
