import { MileageCell as MileageCell_e048db5280d7c42b89e582be1443a773 } from '@/admin/fields/MileageCell'
import { MoneyCell as MoneyCell_30ee3ee7c989e991f71fc0e8f159ec2b } from '@/admin/fields/MoneyCell'
import { MoneyInput as MoneyInput_c65d3690feae1e7760164960f89e9319 } from '@/admin/fields/MoneyInput'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OverviewComponent as OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaTitleComponent as MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaDescriptionComponent as MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { MetaImageComponent as MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { PreviewComponent as PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860 } from '@payloadcms/plugin-seo/client'
import { QuoteBuilder as QuoteBuilder_6368bab4fd2d3de82d54bdd695042f5f } from '@/admin/quotes/QuoteBuilder'
import { QuoteLineLabel as QuoteLineLabel_4ba5321286c942dc64e9513c4995572f } from '@/admin/quotes/QuoteLineLabel'
import { LandedCostView as LandedCostView_97c27adede49fb823778f4881333c572 } from '@/admin/quotes/LandedCostView'
import { TotalCell as TotalCell_e59fa8085a47a4a3043fd64fedac4167 } from '@/admin/fields/TotalCell'
import { QuotePdfLink as QuotePdfLink_f5a244f726250d639995e14b6b74b37b } from '@/admin/quotes/QuotePdfLink'
import { OrderStatusField as OrderStatusField_8814a68a349b22d91bacb0f3ebe0a235 } from '@/admin/orders/OrderStatusField'
import { OrderTimeline as OrderTimeline_57353b83a8a4a8ab918547835786104e } from '@/admin/orders/OrderTimeline'
import { InvoiceLink as InvoiceLink_f27b4757e4cf20c0b5cbb1d36c3662ac } from '@/admin/orders/InvoiceLink'
import { ReceiptLink as ReceiptLink_2159e15622e2943f6e0e168083329ad5 } from '@/admin/payments/ReceiptLink'
import { RefundPanel as RefundPanel_8cc2bb24274c4d0ab2bad31fcaaeeca0 } from '@/admin/payments/RefundPanel'
import { JsonView as JsonView_b300ec301169ef56cc0cb539a3eef517 } from '@/admin/fields/JsonView'
import { EraseButton as EraseButton_f28bfb18267a707ffc254a1f183886d7 } from '@/admin/customers/EraseButton'
import { DocumentReview as DocumentReview_90581767864ba006481fd792c5f8e743 } from '@/admin/documents/DocumentReview'
import { ResendButton as ResendButton_c79b4cbedd8c8ff06554293ed0438ce4 } from '@/admin/notifications/ResendButton'
import { ProviderLogout as ProviderLogout_d0b65e90fc3401ea8b73387b2de4c0bc } from '@/admin/auth/ProviderLogout'
import { ProviderSignIn as ProviderSignIn_b7fdee0e1dcb62afa0f5526e008a2a8c } from '@/admin/auth/ProviderSignIn'
import { Dashboard as Dashboard_0d6625b7f13ee764fd23a0cf2428adda } from '@/admin/dashboard/Dashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/admin/fields/MileageCell#MileageCell": MileageCell_e048db5280d7c42b89e582be1443a773,
  "@/admin/fields/MoneyCell#MoneyCell": MoneyCell_30ee3ee7c989e991f71fc0e8f159ec2b,
  "@/admin/fields/MoneyInput#MoneyInput": MoneyInput_c65d3690feae1e7760164960f89e9319,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/plugin-seo/client#OverviewComponent": OverviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaTitleComponent": MetaTitleComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaDescriptionComponent": MetaDescriptionComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#MetaImageComponent": MetaImageComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@payloadcms/plugin-seo/client#PreviewComponent": PreviewComponent_a8a977ebc872c5d5ea7ee689724c0860,
  "@/admin/quotes/QuoteBuilder#QuoteBuilder": QuoteBuilder_6368bab4fd2d3de82d54bdd695042f5f,
  "@/admin/quotes/QuoteLineLabel#QuoteLineLabel": QuoteLineLabel_4ba5321286c942dc64e9513c4995572f,
  "@/admin/quotes/LandedCostView#LandedCostView": LandedCostView_97c27adede49fb823778f4881333c572,
  "@/admin/fields/TotalCell#TotalCell": TotalCell_e59fa8085a47a4a3043fd64fedac4167,
  "@/admin/quotes/QuotePdfLink#QuotePdfLink": QuotePdfLink_f5a244f726250d639995e14b6b74b37b,
  "@/admin/orders/OrderStatusField#OrderStatusField": OrderStatusField_8814a68a349b22d91bacb0f3ebe0a235,
  "@/admin/orders/OrderTimeline#OrderTimeline": OrderTimeline_57353b83a8a4a8ab918547835786104e,
  "@/admin/orders/InvoiceLink#InvoiceLink": InvoiceLink_f27b4757e4cf20c0b5cbb1d36c3662ac,
  "@/admin/payments/ReceiptLink#ReceiptLink": ReceiptLink_2159e15622e2943f6e0e168083329ad5,
  "@/admin/payments/RefundPanel#RefundPanel": RefundPanel_8cc2bb24274c4d0ab2bad31fcaaeeca0,
  "@/admin/fields/JsonView#JsonView": JsonView_b300ec301169ef56cc0cb539a3eef517,
  "@/admin/customers/EraseButton#EraseButton": EraseButton_f28bfb18267a707ffc254a1f183886d7,
  "@/admin/documents/DocumentReview#DocumentReview": DocumentReview_90581767864ba006481fd792c5f8e743,
  "@/admin/notifications/ResendButton#ResendButton": ResendButton_c79b4cbedd8c8ff06554293ed0438ce4,
  "@/admin/auth/ProviderLogout#ProviderLogout": ProviderLogout_d0b65e90fc3401ea8b73387b2de4c0bc,
  "@/admin/auth/ProviderSignIn#ProviderSignIn": ProviderSignIn_b7fdee0e1dcb62afa0f5526e008a2a8c,
  "@/admin/dashboard/Dashboard#Dashboard": Dashboard_0d6625b7f13ee764fd23a0cf2428adda,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
